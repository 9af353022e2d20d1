namespace Kunpeng.Abstractions;

/// <summary>Broad kind of a measure.</summary>
public enum MeasureCategory
{
    Training,
    StudyTour,
    Practice,
    Platform,
    EvaluationIncentive,
    FurtherEducation,
    Exchange,
    Publicity,
    Other,
}
