using System.Text.Json;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Writes a profile in the same wire format it is read in (given facts only), so generated test
/// data and benchmark input go through exactly the names and values the API accepts.
/// </summary>
internal static class ProfileInputWriter
{
    public static void Write(Utf8JsonWriter w, ProfileInput p)
    {
        w.WriteStartObject();
        String(w, "residentId", p.ResidentId);
        Date(w, "birthDate", p.BirthDate);
        Enum(w, "gender", p.Gender);
        Enum(w, "educationLevel", p.EducationLevel);
        Enum(w, "professionalTitle", p.ProfessionalTitle);
        Grade(w, "vocationalLevel", p.VocationalLevel, p.HoldsNoVocationalQualification);
        Grade(w, "practisingGrade", p.PractisingGrade, p.HoldsNoPractisingQualification);
        Boolean(w, "professionalManagerCertified", p.ProfessionalManagerCertified);
        Date(w, "divisionLevelSince", p.DivisionLevelSince);
        Date(w, "sectionChiefSince", p.SectionChiefSince);
        Boolean(w, "sectionRankFiled", p.SectionRankFiled);
        Number(w, "grassrootsYears", p.GrassrootsYears);
        Boolean(w, "reserveCadre", p.ReserveCadre);
        Number(w, "teachingYears", p.TeachingYears);
        Boolean(w, "isPrincipal", p.IsPrincipal);
        Boolean(w, "hasPrincipalQualification", p.HasPrincipalQualification);
        if (p.Papers is { } papers)
        {
            w.WriteStartArray("papers");
            foreach (var paper in papers)
            {
                w.WriteStartObject();
                w.WriteNumber("year", paper.Year);
                w.WriteString("recognition", KebabEnum<RecognitionLevel>.NameOf(paper.Recognition));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Boolean(w, "hasMonograph", p.HasMonograph);
        if (p.ResearchProjects is { } projects)
        {
            w.WriteStartArray("researchProjects");
            foreach (var project in projects)
            {
                w.WriteStartObject();
                w.WriteNumber("year", project.Year);
                w.WriteString("level", KebabEnum<ProjectLevel>.NameOf(project.Level));
                w.WriteNumber("rank", project.Rank);
                w.WriteString("status", KebabEnum<ProjectStatus>.NameOf(project.Status));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (p.KeyProjects is { } keyProjects)
        {
            w.WriteStartArray("keyProjects");
            foreach (var project in keyProjects)
            {
                w.WriteStartObject();
                w.WriteNumber("year", project.Year);
                w.WriteString("level", KebabEnum<ProjectLevel>.NameOf(project.Level));
                w.WriteBoolean("inDistrict", project.InDistrict);
                w.WriteString("award", KebabEnum<RecognitionLevel>.NameOf(project.Award));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Boolean(w, "majorProjectParticipant", p.MajorProjectParticipant);
        Boolean(w, "frontlineWork", p.FrontlineWork);
        Number(w, "managementYears", p.ManagementYears);
        Enum(w, "enterpriseRole", p.EnterpriseRole);
        if (p.Honours is { } honours)
        {
            w.WriteStartArray("honours");
            foreach (var honour in honours)
            {
                w.WriteStartObject();
                w.WriteNumber("year", honour.Year);
                w.WriteString("level", KebabEnum<ProjectLevel>.NameOf(honour.Level));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Enum(w, "associationMembership", p.AssociationMembership);
        Enum(w, "cultureField", p.CultureField);
        Number(w, "socialWorkYears", p.SocialWorkYears);
        Number(w, "apprenticesTrained", p.ApprenticesTrained);
        if (p.Enterprise is { } e || p.OtherFacts?.Keys.Any(k => k.StartsWith(SharedFacts.EnterprisePrefix, StringComparison.Ordinal)) == true)
        {
            WriteEnterprise(w, p);
        }

        foreach (var (name, value) in p.OtherFacts ?? [])
        {
            if (!name.StartsWith(SharedFacts.EnterprisePrefix, StringComparison.Ordinal))
            {
                w.WritePropertyName(name);
                value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteEnterprise(Utf8JsonWriter w, ProfileInput p)
    {
        w.WriteStartObject("enterprise");
        if (p.Enterprise is { } e)
        {
            Boolean(w, "registeredInDistrict", e.RegisteredInDistrict);
            Number(w, "annualRevenue", e.AnnualRevenue);
            Number(w, "growthYears", e.GrowthYears);
            Enum(w, "industry", e.Industry);
            Boolean(w, "ownsCoreIp", e.OwnsCoreIp);
            Boolean(w, "goodCredit", e.GoodCredit);
            Boolean(w, "highPollution", e.HighPollution);
            Boolean(w, "majorIncidents3y", e.MajorIncidents3y);
            Boolean(w, "hasPartyOrganization", e.HasPartyOrganization);
        }

        foreach (var (name, value) in p.OtherFacts ?? [])
        {
            if (name.StartsWith(SharedFacts.EnterprisePrefix, StringComparison.Ordinal))
            {
                w.WritePropertyName(name.AsSpan(SharedFacts.EnterprisePrefix.Length));
                value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Boolean(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b)
        {
            w.WriteBoolean(name, b);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } n)
        {
            w.WriteNumber(name, n);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } n)
        {
            w.WriteNumber(name, n);
        }
    }

    private static void Grade(Utf8JsonWriter w, string name, int? value, bool noneHeld)
    {
        if (noneHeld)
        {
            w.WriteString(name, SharedFacts.NoneHeld);
        }
        else
        {
            Number(w, name, value);
        }
    }

    private static void Enum<TEnum>(Utf8JsonWriter w, string name, TEnum? value) where TEnum : struct, System.Enum
    {
        if (value is { } v)
        {
            w.WriteString(name, KebabEnum<TEnum>.NameOf(v));
        }
    }
}
