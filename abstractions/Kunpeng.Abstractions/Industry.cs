namespace Kunpeng.Abstractions;

public enum Industry { Industrial, Software, Telecom, Services, Other }
