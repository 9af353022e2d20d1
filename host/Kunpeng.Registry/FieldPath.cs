using System.Linq.Expressions;

namespace Kunpeng.Registry;

/// <summary>The stored path of a record's member: <c>n =&gt; n.Panel.Result</c> is <c>Panel.Result</c>.</summary>
public static class FieldPath
{
    public static string Of<T>(Expression<Func<T, object?>> member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? convert.Operand
            : member.Body;
        var names = new Stack<string>();
        while (body is MemberExpression access)
        {
            names.Push(access.Member.Name);
            body = access.Expression!;
        }

        return body is ParameterExpression && names.Count > 0
            ? string.Join('.', names)
            : throw new ArgumentException($"'{member}' is not a chain of members of the record.", nameof(member));
    }
}
