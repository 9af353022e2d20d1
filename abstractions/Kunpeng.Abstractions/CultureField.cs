namespace Kunpeng.Abstractions;

public enum CultureField { Arts, Heritage, Media, Literature, Theory, Other }
