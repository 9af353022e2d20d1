namespace Kunpeng.PluginKit.Tests;

public class CommonFactsTests
{
    /// <summary>The vocabulary of docs/profile-facts.md, less residentId (the host turns it into birthDate and gender).</summary>
    private static readonly string[] Documented =
    [
        "birthDate", "gender", "educationLevel", "professionalTitle", "vocationalLevel", "practisingGrade",
        "professionalManagerCertified", "divisionLevelSince", "sectionChiefSince", "sectionRankFiled", "grassrootsYears",
        "reserveCadre", "teachingYears", "isPrincipal", "hasPrincipalQualification", "papers", "hasMonograph",
        "researchProjects", "keyProjects", "majorProjectParticipant", "frontlineWork", "managementYears", "enterpriseRole",
        "honours", "associationMembership", "cultureField", "socialWorkYears", "apprenticesTrained",
        "enterprise.registeredInDistrict", "enterprise.annualRevenue", "enterprise.growthYears", "enterprise.industry",
        "enterprise.ownsCoreIp", "enterprise.goodCredit", "enterprise.highPollution", "enterprise.majorIncidents3y",
        "enterprise.hasPartyOrganization",
    ];

    [Fact]
    public void The_catalogue_is_the_documented_vocabulary() =>
        Assert.Equal(Documented, CommonFacts.All.Select(f => f.Name));

    [Fact]
    public void Enumerations_list_their_kebab_case_values()
    {
        Assert.Equal(["none", "secondary", "associate", "bachelor", "master", "doctorate"], CommonFacts.EducationLevel.Definition.AllowedValues);
        Assert.Equal(["none", "junior", "intermediate", "associate-senior", "senior"], CommonFacts.ProfessionalTitle.Definition.AllowedValues);
        Assert.Equal(["first-responsible", "core-management", "research-team-lead", "middle-management", "other"],
            CommonFacts.EnterpriseRole.Definition.AllowedValues);
        Assert.All(CommonFacts.All.Where(f => f.Type == FactType.Enum), f => Assert.NotEmpty(f.AllowedValues!));
        // Besides the enumerations, only the two qualification grades take a word: "none" held.
        Assert.All(CommonFacts.All.Where(f => f.Type != FactType.Enum && f.Name is not ("vocationalLevel" or "practisingGrade")),
            f => Assert.Null(f.AllowedValues));
        Assert.Equal(["none"], CommonFacts.VocationalLevel.Definition.AllowedValues);
        Assert.Equal(["none"], CommonFacts.PractisingGrade.Definition.AllowedValues);
    }

    [Fact]
    public void Bounded_numbers_carry_their_bounds()
    {
        Assert.Equal((1m, 5m), (CommonFacts.VocationalLevel.Definition.Minimum, CommonFacts.VocationalLevel.Definition.Maximum));
        Assert.Equal((1m, 2m), (CommonFacts.PractisingGrade.Definition.Minimum, CommonFacts.PractisingGrade.Definition.Maximum));
        Assert.Equal(0m, CommonFacts.TeachingYears.Definition.Minimum);
        Assert.Equal(0m, CommonFacts.Enterprise.AnnualRevenue.Definition.Minimum);
    }

    [Fact]
    public void Every_fact_says_what_it_means() =>
        Assert.All(CommonFacts.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Meaning)));
}
