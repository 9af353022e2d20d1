using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The Talent Office's quota tolerance, kept in the registry (seeded from configuration on first start).</summary>
public sealed class QuotaTolerance(RegistryDatabase registry, AuditTrail audit, IOptions<WorkflowOptions> options)
{
    public const string Collection = "workflow_settings";
    public const string SettingId = "quota-tolerance";

    public void Seed()
    {
        if (registry.Database.GetCollection<QuotaToleranceSetting>(Collection).FindById(SettingId) is not null)
        {
            return;
        }

        registry.Write(db =>
        {
            var settings = db.GetCollection<QuotaToleranceSetting>(Collection);
            if (settings.FindById(SettingId) is null)
            {
                var setting = new QuotaToleranceSetting { Percent = options.Value.DefaultQuotaTolerancePercent };
                settings.Insert(setting);
                audit.Record(db, Actor.System, "setting.seeded", "setting", SettingId, null, null, setting);
            }
        });
    }

    public QuotaToleranceSetting Get() =>
        registry.Database.GetCollection<QuotaToleranceSetting>(Collection).FindById(SettingId)
        ?? new QuotaToleranceSetting { Percent = options.Value.DefaultQuotaTolerancePercent, Version = 1 };

    public QuotaToleranceSetting Set(Actor actor, int expectedVersion, QuotaToleranceRequest request)
    {
        if (!actor.IsTalentOffice)
        {
            throw new ForbiddenException("Only the Talent Office sets the quota tolerance.");
        }

        if (request.Percent is not (>= 0 and <= 500))
        {
            throw new InputValidationException("percent", "A whole percentage from 0 to 500.");
        }

        return registry.Write(db =>
        {
            var settings = db.GetCollection<QuotaToleranceSetting>(Collection);
            var setting = settings.FindById(SettingId) ?? new QuotaToleranceSetting { Percent = options.Value.DefaultQuotaTolerancePercent, Version = 1 };
            WorkflowGuards.RequireVersion("Setting", SettingId, setting.Version, expectedVersion);
            var before = new QuotaToleranceSetting { Percent = setting.Percent, Version = setting.Version };
            setting.Percent = request.Percent!.Value;
            setting.Version++;
            settings.Upsert(setting);
            audit.Record(db, actor, "setting.changed", "setting", SettingId, null, before, setting);
            return setting;
        });
    }
}
