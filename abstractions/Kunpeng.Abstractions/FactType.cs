namespace Kunpeng.Abstractions;

/// <summary>JSON-level type of a fact.</summary>
public enum FactType { String, Date, Integer, Number, Boolean, Enum, Array, Object }
