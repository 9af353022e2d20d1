using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Kunpeng.Host.Eligibility;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// Writes screening request bodies as a bureau's client would send them: UTF-8 JSON, camelCase
/// names, kebab-case enum values. Deterministic for a seed. Each nominee comes from one of the ten
/// domains (a teacher, a doctor, a cadre, ...) and carries that domain's facts, mostly filled in, plus
/// the facts every nominee has (identity, education, title); screening everyone against all ten
/// domains then gives every verdict the criteria can reach: ineligible, incomplete (a fact left
/// blank), needs-exception (e.g. a teacher over the general age limit of 40 who meets every hard
/// condition), pending-review.
/// </summary>
internal static class ProfileGenerator
{
    public static readonly DateOnly ReferenceDate = new(2015, 10, 31);

    private static readonly string[] EducationLevels = ["none", "secondary", "associate", "bachelor", "master", "doctorate"];
    private static readonly int[] EducationWeights = [2, 8, 20, 45, 20, 5];
    private static readonly string[] Titles = ["none", "junior", "intermediate", "associate-senior", "senior"];
    private static readonly int[] TitleWeights = [10, 20, 35, 25, 10];
    private static readonly string[] Recognitions = ["none", "district", "municipal", "national"];
    private static readonly int[] RecognitionWeights = [40, 30, 20, 10];
    private static readonly string[] Levels = ["district", "municipal", "national"];
    private static readonly int[] LevelWeights = [60, 30, 10];
    private static readonly string[] Roles = ["first-responsible", "core-management", "research-team-lead", "middle-management", "other"];
    private static readonly string[] Industries = ["industrial", "software", "telecom", "services", "other"];
    private static readonly string[] Memberships = ["none", "municipal", "national"];
    private static readonly string[] CultureFields = ["arts", "heritage", "media", "literature", "theory", "other"];
    // Districts of Tianjin (武清 first); the region code is not checked, only format, birth date and check character.
    private static readonly string[] Regions = ["120114", "120222", "120101", "120104", "120111", "130200", "110105"];

    /// <summary><paramref name="batches"/> request bodies of <paramref name="perBatch"/> profiles each, all ids unique.</summary>
    public static byte[][] Requests(int seed, int batches, int perBatch)
    {
        var random = new Random(seed);
        var bodies = new byte[batches][];
        var buffer = new ArrayBufferWriter<byte>(perBatch * 512);
        for (var b = 0; b < batches; b++)
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("referenceDate", ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteStartArray("profiles");
                for (var i = 0; i < perBatch; i++)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", $"nominee-{b * perBatch + i + 1:D6}");
                    writer.WritePropertyName("profile");
                    WriteProfile(writer, random);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            bodies[b] = buffer.WrittenSpan.ToArray();
        }

        return bodies;
    }

    private static void WriteProfile(Utf8JsonWriter w, Random r)
    {
        w.WriteStartObject();
        var domain = r.Next(10);
        var age = 24 + r.Next(36);
        var birth = ReferenceDate.AddYears(-age).AddDays(-r.Next(365));
        var male = r.Next(2) == 0;

        // Identity: mostly the resident ID (birth date and gender come from it), else the birth date, rarely neither.
        var identity = r.NextDouble();
        if (identity < 0.6)
        {
            w.WriteString("residentId", ResidentId(r, birth, male));
        }
        else if (identity < 0.93)
        {
            w.WriteString("birthDate", Date(birth));
            if (r.NextDouble() < 0.9)
            {
                w.WriteString("gender", male ? "male" : "female");
            }
        }

        if (r.NextDouble() < 0.96)
        {
            w.WriteString("educationLevel", Pick(r, EducationLevels, EducationWeights));
        }

        if (r.NextDouble() < 0.95)
        {
            w.WriteString("professionalTitle", Pick(r, Titles, TitleWeights));
        }

        // Professional-technical and urban-construction nominees mostly say whether they work on the front line.
        if (r.NextDouble() < (domain is 2 or 9 ? 0.9 : 0.4))
        {
            w.WriteBoolean("frontlineWork", r.NextDouble() < 0.7);
        }

        // The nominee's own domain's facts, each given 90% of the time; now and then some of another domain's.
        Written.Clear();
        WriteDomainFacts(w, r, domain, 0.9);
        if (r.NextDouble() < 0.15)
        {
            var other = (domain + 1 + r.Next(9)) % 10;
            WriteDomainFacts(w, r, other, 0.5);
        }

        w.WriteEndObject();
    }

    // Names already written in the current profile: two domains may share a fact, and a client writes it once.
    private static readonly HashSet<string> Written = new(StringComparer.Ordinal);

    private static void WriteDomainFacts(Utf8JsonWriter w, Random r, int domain, double given)
    {
        bool Given(string name) => r.NextDouble() < given && Written.Add(name);
        switch (domain)
        {
            case 0: // party-government
                if (Given("divisionLevelSince")) w.WriteString("divisionLevelSince", Date(ReferenceDate.AddDays(-r.Next(8 * 365))));
                if (Given("sectionChiefSince")) w.WriteString("sectionChiefSince", Date(ReferenceDate.AddDays(-r.Next(8 * 365))));
                if (Given("sectionRankFiled")) w.WriteBoolean("sectionRankFiled", r.NextDouble() < 0.85);
                if (Given("grassrootsYears")) w.WriteNumber("grassrootsYears", r.Next(0, 11));
                if (Given("reserveCadre")) w.WriteBoolean("reserveCadre", r.NextDouble() < 0.3);
                break;
            case 1: // enterprise-management
                if (Given("enterpriseRole")) w.WriteString("enterpriseRole", Roles[r.Next(Roles.Length)]);
                if (Given("managementYears")) w.WriteNumber("managementYears", Math.Round(r.NextDouble() * 15, 1));
                if (Given("professionalManagerCertified")) w.WriteBoolean("professionalManagerCertified", r.NextDouble() < 0.6);
                if (Given("honours")) Honours(w, r);
                if (Given("enterprise")) Enterprise(w, r, given);
                break;
            case 2: // professional-technical
                if (Given("majorProjectParticipant")) w.WriteBoolean("majorProjectParticipant", r.NextDouble() < 0.5);
                if (Given("hasMonograph")) w.WriteBoolean("hasMonograph", r.NextDouble() < 0.2);
                break;
            case 3: // high-skill
                if (Given("vocationalLevel")) w.WriteNumber("vocationalLevel", 1 + r.Next(5));
                if (Given("apprenticesTrained")) w.WriteNumber("apprenticesTrained", r.Next(0, 21));
                break;
            case 4: // education
                if (Given("teachingYears")) w.WriteNumber("teachingYears", r.Next(0, 31));
                var principal = r.NextDouble() < 0.2;
                if (Given("isPrincipal")) w.WriteBoolean("isPrincipal", principal);
                if (principal && Given("hasPrincipalQualification")) w.WriteBoolean("hasPrincipalQualification", r.NextDouble() < 0.8);
                if (Given("papers")) Papers(w, r);
                if (Given("hasMonograph")) w.WriteBoolean("hasMonograph", r.NextDouble() < 0.15);
                if (Given("researchProjects")) ResearchProjects(w, r);
                break;
            case 5: // health: title and education decide; papers often come along
                if (Given("papers")) Papers(w, r);
                if (Given("researchProjects")) ResearchProjects(w, r);
                break;
            case 6: // culture
                if (Given("associationMembership")) w.WriteString("associationMembership", Memberships[r.Next(Memberships.Length)]);
                if (Given("cultureField")) w.WriteString("cultureField", CultureFields[r.Next(CultureFields.Length)]);
                if (Given("honours")) Honours(w, r);
                break;
            case 7: // agriculture: age and education decide
                if (Given("researchProjects")) ResearchProjects(w, r);
                break;
            case 8: // social work
                if (Given("socialWorkYears")) w.WriteNumber("socialWorkYears", Math.Round(r.NextDouble() * 20, 1));
                break;
            default: // urban construction
                if (Given("practisingGrade")) w.WriteNumber("practisingGrade", 1 + r.Next(2));
                if (Given("keyProjects")) KeyProjects(w, r);
                break;
        }
    }

    private static void Papers(Utf8JsonWriter w, Random r)
    {
        w.WriteStartArray("papers");
        for (var i = r.Next(5); i > 0; i--)
        {
            w.WriteStartObject();
            w.WriteNumber("year", ReferenceDate.Year - r.Next(8));
            w.WriteString("recognition", Pick(r, Recognitions, RecognitionWeights));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void ResearchProjects(Utf8JsonWriter w, Random r)
    {
        w.WriteStartArray("researchProjects");
        for (var i = r.Next(4); i > 0; i--)
        {
            w.WriteStartObject();
            w.WriteNumber("year", ReferenceDate.Year - r.Next(8));
            w.WriteString("level", Pick(r, Levels, LevelWeights));
            w.WriteNumber("rank", 1 + r.Next(6));
            w.WriteString("status", r.Next(2) == 0 ? "ongoing" : "completed");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void KeyProjects(Utf8JsonWriter w, Random r)
    {
        w.WriteStartArray("keyProjects");
        for (var i = r.Next(5); i > 0; i--)
        {
            w.WriteStartObject();
            w.WriteNumber("year", ReferenceDate.Year - r.Next(8));
            w.WriteString("level", Pick(r, Levels, LevelWeights));
            w.WriteBoolean("inDistrict", r.NextDouble() < 0.8);
            w.WriteString("award", Pick(r, Recognitions, RecognitionWeights));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Honours(Utf8JsonWriter w, Random r)
    {
        w.WriteStartArray("honours");
        for (var i = r.Next(3); i > 0; i--)
        {
            w.WriteStartObject();
            w.WriteNumber("year", ReferenceDate.Year - r.Next(15));
            w.WriteString("level", Pick(r, Levels, LevelWeights));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Enterprise(Utf8JsonWriter w, Random r, double given)
    {
        bool Given() => r.NextDouble() < given;
        w.WriteStartObject("enterprise");
        if (Given()) w.WriteBoolean("registeredInDistrict", r.NextDouble() < 0.85);
        if (Given()) w.WriteNumber("annualRevenue", r.Next(5, 500) * 100_000m);
        if (Given()) w.WriteNumber("growthYears", r.Next(0, 9));
        if (Given()) w.WriteString("industry", Industries[r.Next(Industries.Length)]);
        if (Given()) w.WriteBoolean("ownsCoreIp", r.NextDouble() < 0.6);
        if (Given()) w.WriteBoolean("goodCredit", r.NextDouble() < 0.9);
        if (Given()) w.WriteBoolean("highPollution", r.NextDouble() < 0.1);
        if (Given()) w.WriteBoolean("majorIncidents3y", r.NextDouble() < 0.05);
        if (Given()) w.WriteBoolean("hasPartyOrganization", r.NextDouble() < 0.5);
        w.WriteEndObject();
    }

    /// <summary>A valid 18-character ID: region, birth date, a sequence whose 17th digit gives the gender, the MOD 11-2 check character.</summary>
    private static string ResidentId(Random r, DateOnly birth, bool male)
    {
        var sequence = r.Next(0, 50) * 2 + (male ? 1 : 0);
        var first17 = string.Concat(Regions[r.Next(Regions.Length)], birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            r.Next(0, 10).ToString(CultureInfo.InvariantCulture), sequence.ToString("D2", CultureInfo.InvariantCulture));
        return first17 + ResidentIdentityNumber.CheckCharacterOf(first17);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pick(Random r, string[] values, int[] weights)
    {
        var roll = r.Next(weights.Sum());
        for (var i = 0; i < values.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }
}
