namespace Kunpeng.Web.Tests;

/// <summary>API answers the tests use, written as the API writes them (camelCase, kebab-case enums).</summary>
public static class Json
{
    public const string Domains = """
        [{"id":"education","nameZh":"教育","nameEn":"Education","pluginVersion":"1.0.0","organizerZh":"区教育局","organizerEn":"District Education Bureau"}]
        """;

    public const string EducationDetail = """
        {"id":"education","nameZh":"教育","nameEn":"Education","pluginVersion":"1.0.0","contractVersion":"1.1",
         "bodies":[{"nameZh":"区教育局","nameEn":"Education Bureau","roles":["organizes"]}],
         "intake":{"channels":["unit-nomination"],"deadline":null,"requiredDocumentsZh":["身份证复印件","学历证书"],"documentsVerifiedByPanel":false,"preferredPoolZh":null,"noteZh":null},
         "tiers":[{"id":"top","nameZh":"拔尖人才","nameEn":"Top","quotaTarget":5,"quotaApproximate":true,"quotaTextZh":"5名左右","grantCny":10000},
                  {"id":"backbone","nameZh":"骨干人才","nameEn":"Backbone","quotaTarget":10,"quotaApproximate":true,"quotaTextZh":"10名左右","grantCny":5000}],
         "planApprovalRequired":true}
        """;

    public const string EducationCriteria = """
        {"domainId":"education","pluginVersion":"1.0.0",
         "tiers":[{"tier":"top","tierNameZh":"拔尖人才","preambleZh":null,"conditions":[
            {"id":"top.teaching-years","clause":"三.1.(1)","textZh":"教龄在10年及以上","kind":"hard","subject":"person","facts":["teachingYears"],"anyOf":[],"interpretationNote":null}]}],
         "facts":[
            {"name":"teachingYears","type":"number","meaning":"Years of teaching","allowedValues":null,"min":0,"max":null,"shared":true},
            {"name":"educationLevel","type":"enum","meaning":"","allowedValues":["none","secondary","associate","bachelor","master","doctorate"],"min":null,"max":null,"shared":true},
            {"name":"isPrincipal","type":"boolean","meaning":"","allowedValues":null,"min":null,"max":null,"shared":true},
            {"name":"papers","type":"array","meaning":"","allowedValues":null,"min":null,"max":null,"shared":true},
            {"name":"birthDate","type":"date","meaning":"","allowedValues":null,"min":null,"max":null,"shared":true}]}
        """;

    public const string OpenEducationCycle = """
        {"items":[{"id":"education-2016","programmeId":"p","domainId":"education","year":2016,"referenceDate":"2016-08-31","nominationDeadline":"2099-09-30",
                   "stage":"nominating","acceptingNominations":true,"nominationsClosedUtc":null,"readOnly":false,"version":1}],"page":1,"pageSize":100,"total":1}
        """;

    public const string OpenEducationCycleOne = """
        {"id":"education-2016","programmeId":"p","domainId":"education","year":2016,"referenceDate":"2016-08-31","nominationDeadline":"2099-09-30",
         "stage":"nominating","acceptingNominations":true,"nominationsClosedUtc":null,"readOnly":false,"version":1}
        """;

    public static string Eligibility(string status, string found) => $$"""
        {"domainId":"education","pluginVersion":"1.0.0","referenceDate":"2016-08-31","tiers":[
          {"tier":"top","tierNameZh":"拔尖人才","verdict":"{{(status == "met" ? "eligible" : "ineligible")}}","missingFacts":[],"conditions":[
            {"id":"top.teaching-years","clause":"三.1.(1)","textZh":"教龄在10年及以上","kind":"hard","status":"{{status}}","found":"{{found}}","required":"≥ 10 年","missingFacts":[],"alternatives":[]}]}]}
        """;

    public const string Empty = """{"items":[],"page":1,"pageSize":200,"total":0}""";
}
