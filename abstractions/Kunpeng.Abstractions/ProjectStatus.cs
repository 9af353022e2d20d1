namespace Kunpeng.Abstractions;

public enum ProjectStatus { Ongoing, Completed }
