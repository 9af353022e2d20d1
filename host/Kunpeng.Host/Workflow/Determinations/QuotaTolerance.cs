using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The Talent Office's quota tolerance, kept in the registry (seeded from configuration on first start).</summary>
public sealed class QuotaTolerance(IRegistry registry, RecordWrites writes, IOptions<WorkflowOptions> options)
{
    public const string SettingId = "quota-tolerance";

    public void Seed()
    {
        if (registry.Read(QuotaToleranceSetting.Set).Find(SettingId) is not null)
        {
            return;
        }

        writes.Write(Actor.System, changes => changes.Records(QuotaToleranceSetting.Set).Find(SettingId)
            ?? changes.Insert(QuotaToleranceSetting.Kind, new QuotaToleranceSetting { Percent = options.Value.DefaultQuotaTolerancePercent }, "setting.seeded"));
    }

    public QuotaToleranceSetting Get() =>
        registry.Read(QuotaToleranceSetting.Set).Find(SettingId)
        ?? new QuotaToleranceSetting { Percent = options.Value.DefaultQuotaTolerancePercent };

    public QuotaToleranceSetting Set(Actor actor, IfMatch ifMatch, QuotaToleranceRequest request) =>
        writes.Change(actor, QuotaToleranceSetting.Kind, SettingId, ifMatch, new RecordStep<QuotaToleranceSetting>
        {
            Action = "setting.changed",
            Authorize = (a, _) => Permissions.RequireTalentOffice(a, "set the quota tolerance"),
            Validate = (_, _, errors) =>
            {
                if (request.Percent is not (>= 0 and <= 500))
                {
                    errors.Add("percent", "A whole percentage from 0 to 500.");
                }
            },
            Apply = (_, setting) => setting.Percent = request.Percent!.Value,
        });
}
