namespace Kunpeng.Abstractions;

/// <summary>Level at which work was awarded or recognized, ascending.</summary>
public enum RecognitionLevel { None, District, Municipal, National }
