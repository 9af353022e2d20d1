namespace Kunpeng.Host.Api.OpenApi;

/// <summary>Example request bodies: a secondary-school teacher, and a bureau's small nominee list.</summary>
internal static class EligibilityExamples
{
    // The resident IDs are made up but valid (check character computed), so the examples run as they are.
    public const string EligibilityRequest = """
        {
          "referenceDate": "2015-10-31",
          "profile": {
            "residentId": "120222198003154519",
            "educationLevel": "bachelor",
            "professionalTitle": "associate-senior",
            "teachingYears": 12,
            "isPrincipal": false,
            "papers": [
              { "year": 2012, "recognition": "municipal" },
              { "year": 2014, "recognition": "district" }
            ],
            "hasMonograph": false,
            "researchProjects": [
              { "year": 2013, "level": "district", "rank": 2, "status": "completed" }
            ]
          }
        }
        """;

    public const string ScreeningRequest = """
        {
          "referenceDate": "2015-10-31",
          "domains": ["education", "health", "urban-construction"],
          "profiles": [
            {
              "id": "2015-edu-001",
              "profile": {
                "residentId": "120222198003154519",
                "educationLevel": "bachelor",
                "professionalTitle": "associate-senior",
                "teachingYears": 12,
                "papers": [ { "year": 2012, "recognition": "municipal" }, { "year": 2014, "recognition": "district" } ],
                "researchProjects": [ { "year": 2013, "level": "district", "rank": 2, "status": "completed" } ]
              }
            },
            {
              "id": "2015-uc-007",
              "profile": {
                "birthDate": "1968-04-02",
                "gender": "female",
                "educationLevel": "bachelor",
                "practisingGrade": 1,
                "frontlineWork": true,
                "keyProjects": [
                  { "year": 2012, "level": "district", "inDistrict": true, "award": "municipal" },
                  { "year": 2014, "level": "district", "inDistrict": true, "award": "none" }
                ]
              }
            }
          ]
        }
        """;
}
