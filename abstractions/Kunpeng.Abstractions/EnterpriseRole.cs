namespace Kunpeng.Abstractions;

/// <summary>The candidate's role in their enterprise.</summary>
public enum EnterpriseRole { FirstResponsible, CoreManagement, ResearchTeamLead, MiddleManagement, Other }
