namespace Kunpeng.Abstractions;

public enum Gender { Male, Female }
