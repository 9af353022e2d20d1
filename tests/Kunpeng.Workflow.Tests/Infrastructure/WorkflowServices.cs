using Kunpeng.Host.Areas;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Reviews;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>
/// The workflow services without HTTP: the host's own registrations over a real registry file in a
/// temp folder and the ten real plugins from the test's bin, with the startup work (indexes, seeds,
/// plugin scan) run; the screener can be swapped for a double.
/// </summary>
public sealed class WorkflowServices : IDisposable
{
    private readonly AutofacServiceProvider _provider;

    public WorkflowServices(string? databasePath = null, INominationScreener? screener = null, FakeTimeProvider? clock = null)
    {
        Directory = databasePath is null ? Path.Combine(Path.GetTempPath(), "kunpeng-wfa-" + Guid.NewGuid().ToString("N")) : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(Directory, "registry.db");
        Clock = clock ?? new FakeTimeProvider(DistrictTime.Noon(2015, 6, 1));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kunpeng:Registry:DatabasePath"] = DatabasePath,
            ["Kunpeng:Plugins:Directory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddKunpengRegistry(configuration).AddKunpengPlugins(configuration).AddKunpengEligibility(configuration);
        services.AddSingleton<AuditTrail>();
        services.Configure<AuthOptions>(o => o.PasswordHashIterations = 1);
        services.AddKunpengAreas(configuration, HostAreas.All());
        services.AddSingleton(sp => new ProgrammeClock(Clock, sp.GetRequiredService<IOptions<WorkflowOptions>>()));
        if (screener is not null)
        {
            services.AddSingleton(screener);
        }

        var builder = new ContainerBuilder();
        builder.Populate(services);
        _provider = new AutofacServiceProvider(builder.Build());
        foreach (var hosted in _provider.GetServices<IHostedService>())
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public string Directory { get; }
    public string DatabasePath { get; }
    public FakeTimeProvider Clock { get; }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public RegistryDatabase Registry => Get<RegistryDatabase>();
    public CycleService Cycles => Get<CycleService>();
    public PersonService Persons => Get<PersonService>();
    public NominationService Nominations => Get<NominationService>();
    public DocumentStore Documents => Get<DocumentStore>();
    public ReviewService Reviews => Get<ReviewService>();
    public DeterminationService Determinations => Get<DeterminationService>();
    public QuotaTolerance Tolerance => Get<QuotaTolerance>();


    /// <summary>Creates an expert-reviewer account and returns it as an actor.</summary>
    public Actor Reviewer(string userName)
    {
        var account = Get<AccountStore>().Create(Actors.TalentOffice, new NewAccount(userName, "reviewer-password", userName, KunpengRoles.ExpertReviewer, null, null));
        return account.ToActor();
    }

    /// <summary>A person of 第九中学 nominated by the school in the top tier of education-2015, submitted (and screened).</summary>
    public Nomination SubmittedNomination(string name, DateOnly born)
    {
        var unit = Actors.UnitNamed("第九中学");
        var person = Persons.Create(unit, new NewPerson(ResidentIds.Next(born), name, "第九中学"));
        var draft = Nominations.Create(unit, new NewNomination("education-2015", person.Id, "top"));
        return Nominations.Submit(unit, draft.Id, draft.Version);
    }

    /// <summary>Disposes the database (and everything else) only; the file stays for a reopen.</summary>
    public void Close() => _provider.Dispose();

    public void Dispose()
    {
        _provider.Dispose();
        if (DatabasePath.StartsWith(Path.GetTempPath(), StringComparison.Ordinal))
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
