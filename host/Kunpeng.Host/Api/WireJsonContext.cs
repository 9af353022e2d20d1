using System.Text.Json;
using System.Text.Json.Serialization;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;

namespace Kunpeng.Host.Api;

/// <summary>
/// Source-generated JSON metadata for the eligibility and criteria wire types: no reflection when a
/// batch of profiles is read or its verdicts written. Used as the first resolver of the host's JSON
/// options, whose converters (kebab-case enums) still apply; see <see cref="EligibilityJson"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EligibilityRequest))]
[JsonSerializable(typeof(ScreeningRequest))]
[JsonSerializable(typeof(EligibilityResponse))]
[JsonSerializable(typeof(ScreeningResponse))]
[JsonSerializable(typeof(DomainCriteriaView))]
[JsonSerializable(typeof(MeasureCatalogView))]
public sealed partial class WireJsonContext : JsonSerializerContext;
