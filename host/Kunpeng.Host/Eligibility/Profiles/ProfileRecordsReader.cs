using System.Text.Json;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Reads the profile's arrays of records (papers, research projects, key projects, honours). Each
/// item needs all its fields: a paper without a year cannot count towards "in the last five years",
/// so it is reported rather than half-read.
/// </summary>
internal static class ProfileRecordsReader
{
    /// <summary>Years a record may carry: a typo such as 20015 should not silently fall outside every window.</summary>
    private const int FirstYear = 1900;
    private const int LastYear = 2100;

    private delegate T? ItemReader<T>(ref Utf8JsonReader reader, ProfileInput profile, string array, int index) where T : class;

    public static List<PaperRecord>? Papers(ref Utf8JsonReader reader, ProfileInput profile) =>
        Array(ref reader, profile, "papers", ReadPaper);

    public static List<ResearchProjectRecord>? ResearchProjects(ref Utf8JsonReader reader, ProfileInput profile) =>
        Array(ref reader, profile, "researchProjects", ReadResearchProject);

    public static List<KeyProjectRecord>? KeyProjects(ref Utf8JsonReader reader, ProfileInput profile) =>
        Array(ref reader, profile, "keyProjects", ReadKeyProject);

    public static List<HonourRecord>? Honours(ref Utf8JsonReader reader, ProfileInput profile) =>
        Array(ref reader, profile, "honours", ReadHonour);

    private static List<T>? Array<T>(ref Utf8JsonReader reader, ProfileInput profile, string name, ItemReader<T> readItem) where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            JsonFactReader.Mismatch(ref reader, profile, FactPath.Of(name), "an array of objects");
            return null;
        }

        var items = new List<T>();
        var valid = true;
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                JsonFactReader.Mismatch(ref reader, profile, FactPath.Item(name, index), "an object");
                valid = false;
                continue;
            }

            var item = readItem(ref reader, profile, name, index);
            if (item is null)
            {
                valid = false;
            }
            else
            {
                items.Add(item);
            }
        }

        return valid ? items : null;
    }

    private static PaperRecord? ReadPaper(ref Utf8JsonReader reader, ProfileInput profile, string array, int index)
    {
        int? year = null;
        RecognitionLevel? recognition = null;
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("year"u8))
            {
                reader.Read();
                year = Year(ref reader, profile, array, index);
            }
            else if (reader.ValueTextEquals("recognition"u8))
            {
                reader.Read();
                recognition = JsonFactReader.Enum<RecognitionLevel>(ref reader, profile, FactPath.Item(array, index, "recognition"));
            }
            else
            {
                ok = UnknownField(ref reader, profile, array, index, "year, recognition");
            }
        }

        ok &= Required(profile, array, index, "year", year.HasValue) & Required(profile, array, index, "recognition", recognition.HasValue);
        return ok && year.HasValue && recognition.HasValue ? new PaperRecord(year.Value, recognition.Value) : null;
    }

    private static ResearchProjectRecord? ReadResearchProject(ref Utf8JsonReader reader, ProfileInput profile, string array, int index)
    {
        int? year = null;
        ProjectLevel? level = null;
        int? rank = null;
        ProjectStatus? status = null;
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("year"u8))
            {
                reader.Read();
                year = Year(ref reader, profile, array, index);
            }
            else if (reader.ValueTextEquals("level"u8))
            {
                reader.Read();
                level = JsonFactReader.Enum<ProjectLevel>(ref reader, profile, FactPath.Item(array, index, "level"));
            }
            else if (reader.ValueTextEquals("rank"u8))
            {
                reader.Read();
                rank = JsonFactReader.Integer(ref reader, profile, FactPath.Item(array, index, "rank"), minimum: 1);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = JsonFactReader.Enum<ProjectStatus>(ref reader, profile, FactPath.Item(array, index, "status"));
            }
            else
            {
                ok = UnknownField(ref reader, profile, array, index, "year, level, rank, status");
            }
        }

        ok &= Required(profile, array, index, "year", year.HasValue) & Required(profile, array, index, "level", level.HasValue)
            & Required(profile, array, index, "rank", rank.HasValue) & Required(profile, array, index, "status", status.HasValue);
        return ok && year.HasValue && level.HasValue && rank.HasValue && status.HasValue
            ? new ResearchProjectRecord(year.Value, level.Value, rank.Value, status.Value)
            : null;
    }

    private static KeyProjectRecord? ReadKeyProject(ref Utf8JsonReader reader, ProfileInput profile, string array, int index)
    {
        int? year = null;
        ProjectLevel? level = null;
        bool? inDistrict = null;
        RecognitionLevel? award = null;
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("year"u8))
            {
                reader.Read();
                year = Year(ref reader, profile, array, index);
            }
            else if (reader.ValueTextEquals("level"u8))
            {
                reader.Read();
                level = JsonFactReader.Enum<ProjectLevel>(ref reader, profile, FactPath.Item(array, index, "level"));
            }
            else if (reader.ValueTextEquals("inDistrict"u8))
            {
                reader.Read();
                inDistrict = JsonFactReader.Boolean(ref reader, profile, FactPath.Item(array, index, "inDistrict"));
            }
            else if (reader.ValueTextEquals("award"u8))
            {
                reader.Read();
                award = JsonFactReader.Enum<RecognitionLevel>(ref reader, profile, FactPath.Item(array, index, "award"));
            }
            else
            {
                ok = UnknownField(ref reader, profile, array, index, "year, level, inDistrict, award");
            }
        }

        ok &= Required(profile, array, index, "year", year.HasValue) & Required(profile, array, index, "level", level.HasValue)
            & Required(profile, array, index, "inDistrict", inDistrict.HasValue) & Required(profile, array, index, "award", award.HasValue);
        return ok && year.HasValue && level.HasValue && inDistrict.HasValue && award.HasValue
            ? new KeyProjectRecord(year.Value, level.Value, inDistrict.Value, award.Value)
            : null;
    }

    private static HonourRecord? ReadHonour(ref Utf8JsonReader reader, ProfileInput profile, string array, int index)
    {
        int? year = null;
        ProjectLevel? level = null;
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("year"u8))
            {
                reader.Read();
                year = Year(ref reader, profile, array, index);
            }
            else if (reader.ValueTextEquals("level"u8))
            {
                reader.Read();
                level = JsonFactReader.Enum<ProjectLevel>(ref reader, profile, FactPath.Item(array, index, "level"));
            }
            else
            {
                ok = UnknownField(ref reader, profile, array, index, "year, level");
            }
        }

        ok &= Required(profile, array, index, "year", year.HasValue) & Required(profile, array, index, "level", level.HasValue);
        return ok && year.HasValue && level.HasValue ? new HonourRecord(year.Value, level.Value) : null;
    }

    private static int? Year(ref Utf8JsonReader reader, ProfileInput profile, string array, int index) =>
        JsonFactReader.Integer(ref reader, profile, FactPath.Item(array, index, "year"), FirstYear, LastYear);

    /// <summary>
    /// A field given as null or with a bad value was already reported where it was read; only a
    /// field absent altogether is reported here, so each mistake is named once.
    /// </summary>
    private static bool Required(ProfileInput profile, string array, int index, string field, bool present)
    {
        if (present)
        {
            return true;
        }

        var path = FactPath.Item(array, index, field).ToString();
        if (profile.ReadErrors?.Exists(e => e.Key == path) != true)
        {
            profile.AddReadError(path, "Required: each item needs this field.");
        }

        return false;
    }

    private static bool UnknownField(ref Utf8JsonReader reader, ProfileInput profile, string array, int index, string fields)
    {
        var field = reader.GetString()!;
        profile.AddReadError(FactPath.Item(array, index, field).ToString(), $"Unknown field; an item of {array} has {fields}.");
        reader.Read();
        reader.Skip();
        return false;
    }
}
