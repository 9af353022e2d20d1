namespace Kunpeng.Host.Problems;

/// <summary>
/// The resources of problem messages (ProblemMessages.*.resx beside this file), for
/// <c>IStringLocalizer&lt;ProblemMessages&gt;</c>. A key is the English text a service writes, with
/// <c>{0}</c>, <c>{1}</c>… where the text has values (an id, a count); its value is the translation,
/// with the same placeholders. The English texts are the keys themselves, so the neutral file is empty.
/// </summary>
public sealed class ProblemMessages;
