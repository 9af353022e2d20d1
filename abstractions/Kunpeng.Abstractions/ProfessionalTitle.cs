namespace Kunpeng.Abstractions;

/// <summary>Normalized professional title (职称), ascending. 高级教师 is associate-senior; 一级教师 intermediate.</summary>
public enum ProfessionalTitle { None, Junior, Intermediate, AssociateSenior, Senior }
