namespace Kunpeng.Abstractions;

/// <summary>Administrative level of a project or honour, ascending.</summary>
public enum ProjectLevel { District, Municipal, National }
