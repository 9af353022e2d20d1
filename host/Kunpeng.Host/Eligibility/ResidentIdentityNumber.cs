using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// An 18-character PRC resident identity number (公民身份号码, GB 11643-1999) that passed its checks,
/// with the birth date and gender it encodes: characters 1–6 region, 7–14 birth date (yyyyMMdd),
/// 15–17 sequence (the 17th odd for men, even for women), 18 the ISO 7064 MOD 11-2 check character.
/// </summary>
/// <remarks>
/// The region code is not checked against the administrative division list: that list changes over
/// the years and an ID keeps its original code, so a check would reject valid older IDs.
/// </remarks>
public sealed record ResidentIdentityNumber
{
    private const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdentityNumber(string value, DateOnly birthDate, Gender gender)
    {
        Value = value;
        BirthDate = birthDate;
        Gender = gender;
    }

    /// <summary>The number, with a lower-case check character x written as X.</summary>
    public string Value { get; }

    /// <summary>Birth date from characters 7–14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>From character 17: odd is male, even is female.</summary>
    public Gender Gender { get; }

    /// <summary>Checks <paramref name="text"/> and, when valid, reads the birth date and gender it encodes.</summary>
    /// <param name="text">The number as entered; a lower-case x check character is accepted (people type it so).</param>
    /// <param name="today">Birth dates after this day are refused.</param>
    /// <param name="id">The number when valid.</param>
    /// <param name="error">Why it is not valid, or <see cref="ResidentIdError.None"/>.</param>
    public static bool TryParse(string? text, DateOnly today, [NotNullWhen(true)] out ResidentIdentityNumber? id, out ResidentIdError error)
    {
        id = null;
        error = Check(text, today, out var birthDate);
        if (error != ResidentIdError.None)
        {
            return false;
        }

        var value = text![17] == 'x' ? string.Concat(text.AsSpan(0, 17), "X") : text;
        id = new ResidentIdentityNumber(value, birthDate, (text[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female);
        return true;
    }

    /// <summary>The ISO 7064 MOD 11-2 check character for the first 17 digits.</summary>
    public static char CheckCharacterOf(ReadOnlySpan<char> first17Digits)
    {
        if (first17Digits.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 digits are needed.", nameof(first17Digits));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var digit = first17Digits[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("Only digits are allowed.", nameof(first17Digits));
            }

            sum += digit * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>The reason for an error, worded for the person who typed the number.</summary>
    public static string Describe(ResidentIdError error) => error switch
    {
        ResidentIdError.None => "valid",
        ResidentIdError.WrongLength => "must be 18 characters long (17 digits and a check character)",
        ResidentIdError.InvalidCharacters => "must be 17 digits followed by a digit or X",
        ResidentIdError.InvalidBirthDate => "characters 7–14 must be the birth date as yyyyMMdd, and are not a valid date",
        ResidentIdError.BirthDateInFuture => "characters 7–14 give a birth date in the future",
        ResidentIdError.CheckDigitMismatch => "the check character (the 18th) does not match the other 17 (ISO 7064 MOD 11-2): a character is mistyped",
        _ => error.ToString(),
    };

    /// <inheritdoc />
    public override string ToString() => Value;

    private static ResidentIdError Check(string? text, DateOnly today, out DateOnly birthDate)
    {
        birthDate = default;
        if (text is null || text.Length != Length)
        {
            return ResidentIdError.WrongLength;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return ResidentIdError.InvalidCharacters;
            }
        }

        var last = text[Length - 1];
        if (!char.IsAsciiDigit(last) && last is not ('X' or 'x'))
        {
            return ResidentIdError.InvalidCharacters;
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate)
            || birthDate.Year < 1800)
        {
            return ResidentIdError.InvalidBirthDate;
        }

        if (birthDate > today)
        {
            return ResidentIdError.BirthDateInFuture;
        }

        return char.ToUpperInvariant(last) == CheckCharacterOf(text.AsSpan(0, Length - 1))
            ? ResidentIdError.None
            : ResidentIdError.CheckDigitMismatch;
    }
}
