global using Xunit;
global using Microsoft.Extensions.Time.Testing;
