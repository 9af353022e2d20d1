using System.Text.Json;
using Kunpeng.Abstractions;
using Kunpeng.Eligibility.Tests.Support;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Eligibility.Profiles;

namespace Kunpeng.Eligibility.Tests;

/// <summary>Reading and validating profiles, without HTTP: each error is named by its path inside the profile.</summary>
public sealed class ProfileValidationTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private static readonly FactSchema Schema = FactSchema.For([("education", SampleCriteria.Facts)]);

    [Fact]
    public void A_full_shared_profile_is_read_into_the_candidate_profile()
    {
        var profile = Valid("""
            {
              "birthDate": "1980-03-15", "gender": "female", "educationLevel": "master", "professionalTitle": "associate-senior",
              "vocationalLevel": 4, "practisingGrade": 2, "professionalManagerCertified": true,
              "divisionLevelSince": "2010-01-01", "sectionChiefSince": "2005-07-01", "sectionRankFiled": true,
              "grassrootsYears": 2.5, "reserveCadre": false, "teachingYears": 12, "isPrincipal": true, "hasPrincipalQualification": true,
              "papers": [ { "year": 2012, "recognition": "municipal" } ], "hasMonograph": false,
              "researchProjects": [ { "year": 2013, "level": "district", "rank": 2, "status": "ongoing" } ],
              "keyProjects": [ { "year": 2014, "level": "municipal", "inDistrict": true, "award": "national" } ],
              "majorProjectParticipant": true, "frontlineWork": true, "managementYears": 6, "enterpriseRole": "first-responsible",
              "honours": [ { "year": 2011, "level": "national" } ], "associationMembership": "municipal", "cultureField": "heritage",
              "socialWorkYears": 0, "apprenticesTrained": 7,
              "enterprise": { "registeredInDistrict": true, "annualRevenue": 3000000, "growthYears": 3, "industry": "software",
                              "ownsCoreIp": true, "goodCredit": true, "highPollution": false, "majorIncidents3y": false, "hasPartyOrganization": true }
            }
            """);

        Assert.Equal(new DateOnly(1980, 3, 15), profile.BirthDate);
        Assert.Equal(Gender.Female, profile.Gender);
        Assert.Equal(EducationLevel.Master, profile.EducationLevel);
        Assert.Equal(ProfessionalTitle.AssociateSenior, profile.ProfessionalTitle);
        Assert.Equal(4, profile.VocationalLevel);
        Assert.Equal(2.5m, profile.GrassrootsYears);
        Assert.Equal(new PaperRecord(2012, RecognitionLevel.Municipal), Assert.Single(profile.Papers!));
        Assert.Equal(new ResearchProjectRecord(2013, ProjectLevel.District, 2, ProjectStatus.Ongoing), Assert.Single(profile.ResearchProjects!));
        Assert.Equal(new KeyProjectRecord(2014, ProjectLevel.Municipal, true, RecognitionLevel.National), Assert.Single(profile.KeyProjects!));
        Assert.Equal(new HonourRecord(2011, ProjectLevel.National), Assert.Single(profile.Honours!));
        Assert.Equal(EnterpriseRole.FirstResponsible, profile.EnterpriseRole);
        Assert.Equal(CultureField.Heritage, profile.CultureField);
        Assert.Equal(Industry.Software, profile.Enterprise!.Industry);
        Assert.Equal(3_000_000m, profile.Enterprise.AnnualRevenue);
        Assert.Equal(true, profile.Enterprise.HasPartyOrganization);
        Assert.Empty(profile.AdditionalFacts);
    }

    [Fact]
    public void Null_and_absent_facts_are_both_not_given()
    {
        var profile = Valid("""{ "educationLevel": null, "papers": null, "enterprise": null, "schoolSize": null }""");

        Assert.Null(profile.EducationLevel);
        Assert.Null(profile.Papers);
        Assert.Null(profile.Enterprise);
        Assert.Empty(profile.AdditionalFacts);
    }

    [Fact]
    public void None_held_is_read_as_a_fact_for_each_qualification_grade_and_not_given_stays_unknown()
    {
        var none = Valid("""{ "vocationalLevel": "none", "practisingGrade": "none" }""");
        var notGiven = Valid("""{ "vocationalLevel": null }""");

        Assert.Equal((null, true, null, true),
            (none.VocationalLevel, none.HoldsNoVocationalQualification, none.PractisingGrade, none.HoldsNoPractisingQualification));
        Assert.Equal((null, false, null, false),
            (notGiven.VocationalLevel, notGiven.HoldsNoVocationalQualification, notGiven.PractisingGrade, notGiven.HoldsNoPractisingQualification));
        Assert.False(Valid("""{ "vocationalLevel": 3 }""").HoldsNoVocationalQualification);
    }

    [Fact]
    public void A_grade_held_by_none_is_written_back_as_none()
    {
        const string json = """{"vocationalLevel":"none","practisingGrade":2}""";

        Assert.Equal(json, JsonSerializer.Serialize(Read(json), EligibilityJson.Options));
    }

    [Theory]
    [InlineData("""{ "educationLevel": "phd" }""", "educationLevel", "allowed: none, secondary, associate, bachelor, master, doctorate")]
    [InlineData("""{ "practisingGrade": "None" }""", "practisingGrade", "'None' is not allowed: a whole number from 1 to 2, or 'none'")]
    [InlineData("""{ "vocationalLevel": "4" }""", "vocationalLevel", "'4' is not allowed: a whole number from 1 to 5, or 'none'")]
    [InlineData("""{ "vocationalLevel": true }""", "vocationalLevel", "Expected a whole number from 1 to 5, or 'none', got a boolean")]
    [InlineData("""{ "professionalTitle": "Senior" }""", "professionalTitle", "allowed: none, junior, intermediate, associate-senior, senior")]
    [InlineData("""{ "gender": 1 }""", "gender", "Expected one of the strings male, female, got a number")]
    [InlineData("""{ "teachingYears": "12" }""", "teachingYears", "Expected a number, got a string")]
    [InlineData("""{ "teachingYears": -1 }""", "teachingYears", "negative")]
    [InlineData("""{ "enterprise": { "annualRevenue": -5 } }""", "enterprise.annualRevenue", "negative")]
    [InlineData("""{ "vocationalLevel": 6 }""", "vocationalLevel", "from 1 to 5")]
    [InlineData("""{ "vocationalLevel": 0 }""", "vocationalLevel", "from 1 to 5")]
    [InlineData("""{ "vocationalLevel": 2.5 }""", "vocationalLevel", "not a whole number")]
    [InlineData("""{ "practisingGrade": 3 }""", "practisingGrade", "from 1 to 2")]
    [InlineData("""{ "apprenticesTrained": -2 }""", "apprenticesTrained", "below the minimum 0")]
    [InlineData("""{ "isPrincipal": "yes" }""", "isPrincipal", "Expected true or false, got a string")]
    [InlineData("""{ "birthDate": "1980-02-30" }""", "birthDate", "not a valid date")]
    [InlineData("""{ "birthDate": "15/03/1980" }""", "birthDate", "yyyy-MM-dd")]
    [InlineData("""{ "birthDate": "2099-01-01" }""", "birthDate", "in the future")]
    [InlineData("""{ "sectionChiefSince": 2005 }""", "sectionChiefSince", "Expected a date string")]
    [InlineData("""{ "papers": { "year": 2012 } }""", "papers", "Expected an array of objects, got an object")]
    [InlineData("""{ "papers": [ 2012 ] }""", "papers[0]", "Expected an object, got a number")]
    [InlineData("""{ "papers": [ { "year": 2012 } ] }""", "papers[0].recognition", "Required")]
    [InlineData("""{ "papers": [ { "year": 2012, "recognition": "city" } ] }""", "papers[0].recognition", "allowed: none, district, municipal, national")]
    [InlineData("""{ "papers": [ { "year": 212, "recognition": "none" } ] }""", "papers[0].year", "from 1900 to 2100")]
    [InlineData("""{ "papers": [ { "year": 2012, "recognition": "none", "title": "x" } ] }""", "papers[0].title", "Unknown field")]
    [InlineData("""{ "researchProjects": [ { "year": 2013, "level": "district", "rank": 0, "status": "ongoing" } ] }""", "researchProjects[0].rank", "minimum 1")]
    [InlineData("""{ "keyProjects": [ { "year": 2013, "level": "district", "inDistrict": "yes", "award": "none" } ] }""", "keyProjects[0].inDistrict", "true or false")]
    [InlineData("""{ "honours": [ { "year": 2013, "level": "provincial" } ] }""", "honours[0].level", "allowed: district, municipal, national")]
    [InlineData("""{ "enterprise": { "industry": "mining" } }""", "enterprise.industry", "allowed: industrial, software, telecom, services, other")]
    [InlineData("""{ "enterprise": "ACME" }""", "enterprise", "Expected an object of enterprise facts, got a string")]
    public void A_bad_value_is_named_by_its_path_with_the_reason(string json, string path, string reason)
    {
        var errors = Invalid(json);

        Assert.Contains(reason, Assert.Single(errors, e => e.Key == path).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_value_is_reported_in_one_pass()
    {
        var errors = Invalid("""
            { "educationLevel": "phd", "teachingYears": "ten", "vocationalLevel": 9, "papers": [ { "year": "2012", "recognition": "x" } ],
              "residentId": "120222198003154518", "enterprise": { "industry": 3 }, "educatonLevel": "bachelor" }
            """);

        Assert.Equal(
            ["educationLevel", "educatonLevel", "enterprise.industry", "papers[0].recognition", "papers[0].year", "residentId", "teachingYears", "vocationalLevel"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("120222198003154518", "check character")]
    [InlineData("120222198013154519", "not a valid date")]
    [InlineData("12022219800315451", "18 characters")]
    [InlineData("12022219800315451Y", "17 digits followed by a digit or X")]
    public void An_invalid_resident_id_is_named_with_the_reason(string residentId, string reason)
    {
        var errors = Invalid($$"""{ "residentId": "{{residentId}}" }""");

        Assert.Contains(reason, Assert.Single(errors, e => e.Key == "residentId").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Resident_id_gives_birth_date_and_gender()
    {
        var profile = Valid("""{ "residentId": "11010519491231002X" }""");

        Assert.Equal(new DateOnly(1949, 12, 31), profile.BirthDate);
        Assert.Equal(Gender.Female, profile.Gender);
    }

    [Fact]
    public void Birth_date_and_gender_that_agree_with_the_resident_id_are_accepted()
    {
        var profile = Valid("""{ "residentId": "120222198003154519", "birthDate": "1980-03-15", "gender": "male" }""");

        Assert.Equal(Gender.Male, profile.Gender);
    }

    [Fact]
    public void Birth_date_or_gender_disagreeing_with_the_resident_id_is_named()
    {
        var errors = Invalid("""{ "residentId": "120222198003154519", "birthDate": "1980-03-16", "gender": "female" }""");

        Assert.Contains("1980-03-15", Assert.Single(errors, e => e.Key == "birthDate").Value, StringComparison.Ordinal);
        Assert.Contains("'male'", Assert.Single(errors, e => e.Key == "gender").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_fact_is_refused_with_a_suggestion()
    {
        var errors = Invalid("""{ "educatonLevel": "bachelor", "shoeSize": 42, "enterprise": { "anualRevenue": 1 } }""");

        Assert.Contains("Did you mean 'educationLevel'?", Assert.Single(errors, e => e.Key == "educatonLevel").Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", Assert.Single(errors, e => e.Key == "shoeSize").Value, StringComparison.Ordinal);
        Assert.Contains("'enterprise.annualRevenue'", Assert.Single(errors, e => e.Key == "enterprise.anualRevenue").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_declared_by_a_targeted_plugin_is_typed_as_declared()
    {
        var profile = Valid("""{ "schoolSize": 350, "schoolType": "vocational" }""");

        Assert.Equal(350L, Assert.IsType<long>(profile.AdditionalFacts["schoolSize"]));
        Assert.Equal("vocational", profile.AdditionalFacts["schoolType"]);
    }

    [Fact]
    public void A_fact_declared_only_by_a_domain_not_targeted_is_unknown()
    {
        var other = FactSchema.For([("health", [])]);

        Assert.True(Read("""{ "schoolSize": 350 }""") is var input
            && !ProfileValidator.TryValidate(input, other, Today, out _, out var errors)
            && errors!.Single().Key == "schoolSize");
    }

    [Theory]
    [InlineData("""{ "schoolSize": "big" }""", "schoolSize", "Expected a whole number, got a string")]
    [InlineData("""{ "schoolSize": 12.5 }""", "schoolSize", "not a whole number")]
    [InlineData("""{ "schoolSize": 100001 }""", "schoolSize", "from 0 to 100000")]
    [InlineData("""{ "schoolType": "university" }""", "schoolType", "allowed: primary, secondary, vocational")]
    public void A_declared_fact_must_fit_its_declaration(string json, string path, string reason)
    {
        var errors = Invalid(json);

        Assert.Contains(reason, Assert.Single(errors, e => e.Key == path).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_that_is_not_an_object_is_a_json_error_at_its_path()
    {
        var error = Assert.Throws<ProfileShapeException>(() =>
            JsonSerializer.Deserialize<EligibilityRequest>("""{ "referenceDate": "2015-10-31", "profile": [1] }""", EligibilityJson.Options));

        Assert.Equal("$.profile", error.Path);
    }

    [Fact]
    public void Written_profiles_read_back_the_same()
    {
        const string json = """
            {"residentId":"120222198003154519","educationLevel":"bachelor","teachingYears":12.5,"papers":[{"year":2012,"recognition":"municipal"}],"keyProjects":[{"year":2014,"level":"district","inDistrict":true,"award":"none"}],"enterprise":{"industry":"telecom","employees":40},"schoolSize":350}
            """;

        var input = Read(json);
        var written = JsonSerializer.Serialize(input, EligibilityJson.Options);

        Assert.Equal(json.Trim(), written);
    }

    private static ProfileInput Read(string json) =>
        JsonSerializer.Deserialize<EligibilityRequest>($$"""{ "profile": {{json}} }""", EligibilityJson.Options)!.Profile!;

    private static CandidateProfile Valid(string json)
    {
        var valid = ProfileValidator.TryValidate(Read(json), Schema, Today, out var profile, out var errors);
        Assert.True(valid, string.Join("; ", errors ?? []));
        return profile!;
    }

    private static List<KeyValuePair<string, string>> Invalid(string json)
    {
        Assert.False(ProfileValidator.TryValidate(Read(json), Schema, Today, out var profile, out var errors));
        Assert.Null(profile);
        return errors!;
    }
}
