namespace Kunpeng.Host.Eligibility;

/// <summary>Why a text is not a valid resident identity number, checked in this order.</summary>
public enum ResidentIdError
{
    /// <summary>Valid.</summary>
    None,
    /// <summary>Not 18 characters.</summary>
    WrongLength,
    /// <summary>The first 17 characters are not all digits, or the last is neither a digit nor X.</summary>
    InvalidCharacters,
    /// <summary>Characters 7–14 are not a calendar date (yyyyMMdd) from 1800 on.</summary>
    InvalidBirthDate,
    /// <summary>Characters 7–14 give a birth date after today.</summary>
    BirthDateInFuture,
    /// <summary>The last character is not the ISO 7064 MOD 11-2 check character of the first 17.</summary>
    CheckDigitMismatch,
}
