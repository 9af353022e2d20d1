using System.Text.Json;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Reads the profile's <c>enterprise</c> object. Names outside the shared enterprise facts are kept
/// as <c>enterprise.name</c> for the plugins that may declare them.
/// </summary>
internal static class EnterpriseReader
{
    public static EnterpriseProfile? Read(ref Utf8JsonReader reader, ProfileInput profile)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonFactReader.Mismatch(ref reader, profile, FactPath.Of("enterprise"), "an object of enterprise facts");
            return null;
        }

        bool? registeredInDistrict = null, ownsCoreIp = null, goodCredit = null, highPollution = null, majorIncidents3y = null, hasPartyOrganization = null;
        decimal? annualRevenue = null, growthYears = null;
        Industry? industry = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "registeredInDistrict":
                    registeredInDistrict = JsonFactReader.Boolean(ref reader, profile, FactPath.Of("enterprise.registeredInDistrict"));
                    break;
                case "annualRevenue":
                    annualRevenue = JsonFactReader.Number(ref reader, profile, FactPath.Of("enterprise.annualRevenue"));
                    break;
                case "growthYears":
                    growthYears = JsonFactReader.Number(ref reader, profile, FactPath.Of("enterprise.growthYears"));
                    break;
                case "industry":
                    industry = JsonFactReader.Enum<Industry>(ref reader, profile, FactPath.Of("enterprise.industry"));
                    break;
                case "ownsCoreIp":
                    ownsCoreIp = JsonFactReader.Boolean(ref reader, profile, FactPath.Of("enterprise.ownsCoreIp"));
                    break;
                case "goodCredit":
                    goodCredit = JsonFactReader.Boolean(ref reader, profile, FactPath.Of("enterprise.goodCredit"));
                    break;
                case "highPollution":
                    highPollution = JsonFactReader.Boolean(ref reader, profile, FactPath.Of("enterprise.highPollution"));
                    break;
                case "majorIncidents3y":
                    majorIncidents3y = JsonFactReader.Boolean(ref reader, profile, FactPath.Of("enterprise.majorIncidents3y"));
                    break;
                case "hasPartyOrganization":
                    hasPartyOrganization = JsonFactReader.Boolean(ref reader, profile, FactPath.Of("enterprise.hasPartyOrganization"));
                    break;
                default:
                    (profile.OtherFacts ??= new(StringComparer.Ordinal))[SharedFacts.EnterprisePrefix + name] = JsonElement.ParseValue(ref reader);
                    break;
            }
        }

        return new EnterpriseProfile
        {
            RegisteredInDistrict = registeredInDistrict,
            AnnualRevenue = annualRevenue,
            GrowthYears = growthYears,
            Industry = industry,
            OwnsCoreIp = ownsCoreIp,
            GoodCredit = goodCredit,
            HighPollution = highPollution,
            MajorIncidents3y = majorIncidents3y,
            HasPartyOrganization = hasPartyOrganization,
        };
    }
}
