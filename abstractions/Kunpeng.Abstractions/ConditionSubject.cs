namespace Kunpeng.Abstractions;

/// <summary>Whom a condition is about.</summary>
public enum ConditionSubject { Person, Enterprise }
