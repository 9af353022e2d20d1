using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility;

namespace Kunpeng.Eligibility.Tests;

public sealed class ResidentIdentityNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", Gender.Female)] // the standard's own example, check character X
    [InlineData("440524188001010014", "1880-01-01", Gender.Male)]
    [InlineData("120222198003154519", "1980-03-15", Gender.Male)]
    [InlineData("120222196804020028", "1968-04-02", Gender.Female)]
    [InlineData("12022219750611109X", "1975-06-11", Gender.Male)]
    public void Valid_numbers_give_birth_date_and_gender(string text, string birthDate, Gender gender)
    {
        Assert.True(ResidentIdentityNumber.TryParse(text, Today, out var id, out var error));
        Assert.Equal(ResidentIdError.None, error);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(gender, id.Gender);
        Assert.Equal(text, id.Value);
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_written_upper_case()
    {
        Assert.True(ResidentIdentityNumber.TryParse("11010519491231002x", Today, out var id, out _));
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Theory]
    [InlineData("110105194912310021")] // X expected
    [InlineData("120222198003154518")] // 9 expected
    [InlineData("120222198003154529")] // a mistyped sequence digit
    [InlineData("12022219680402002X")]
    public void A_wrong_check_character_is_refused(string text)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, Today, out var id, out var error));
        Assert.Null(id);
        Assert.Equal(ResidentIdError.CheckDigitMismatch, error);
    }

    [Theory]
    [InlineData("120222198013154519")] // month 13
    [InlineData("120222198002304519")] // 30 February
    [InlineData("120222198000004519")] // day 0
    [InlineData("120222170001014519")] // 1700: before any 18-digit ID holder
    public void An_impossible_birth_date_is_refused(string text)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, Today, out _, out var error));
        Assert.Equal(ResidentIdError.InvalidBirthDate, error);
    }

    [Fact]
    public void A_birth_date_after_today_is_refused()
    {
        var first17 = "12022220250602451";
        var text = first17 + ResidentIdentityNumber.CheckCharacterOf(first17);

        Assert.False(ResidentIdentityNumber.TryParse(text, Today, out _, out var error));
        Assert.Equal(ResidentIdError.BirthDateInFuture, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12022219800315451")]   // 17
    [InlineData("1202221980031545190")] // 19
    [InlineData("120222800315451")]     // the old 15-digit form
    public void Wrong_length_is_refused(string? text)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, Today, out _, out var error));
        Assert.Equal(ResidentIdError.WrongLength, error);
    }

    [Theory]
    [InlineData("12022219800315451A")]
    [InlineData("1202221980031545X9")]
    [InlineData("12022219800315 519")]
    [InlineData("１２０２２２１９８００３１５４５１９")] // full-width digits
    public void Characters_other_than_digits_and_a_final_X_are_refused(string text)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, Today, out _, out var error));
        Assert.Equal(ResidentIdError.InvalidCharacters, error);
    }

    [Fact]
    public void Check_character_follows_ISO_7064_MOD_11_2()
    {
        Assert.Equal('X', ResidentIdentityNumber.CheckCharacterOf("11010519491231002"));
        Assert.Equal('4', ResidentIdentityNumber.CheckCharacterOf("44052418800101001"));
        Assert.Equal('9', ResidentIdentityNumber.CheckCharacterOf("12022219800315451"));
    }

    [Fact]
    public void Every_error_has_its_own_reason()
    {
        var reasons = Enum.GetValues<ResidentIdError>().Select(ResidentIdentityNumber.Describe).ToList();
        Assert.Equal(reasons.Count, reasons.Distinct().Count());
    }
}
