namespace Kunpeng.Host.Problems;

/// <summary>Bad input: every offending field (by JSON path) with its reasons (400).</summary>
public sealed class InputValidationException : KunpengProblemException
{
    public InputValidationException(IDictionary<string, string[]> errors)
        : base(StatusCodes.Status400BadRequest, "Invalid input", "One or more fields are invalid; see errors.") =>
        Errors = new Dictionary<string, string[]>(errors);

    public InputValidationException(string field, string reason)
        : this(new Dictionary<string, string[]> { [field] = [reason] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
