using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SwarmNet.Testing;

/// <summary>
/// A fact written once in an abstract scenario class and run per database by its subclasses. In a subclass marked
/// [RequiresSqlServer], the fact is reported as skipped when SWARMNET_TEST_SQLSERVER is not set.
/// </summary>
[XunitTestCaseDiscoverer("SwarmNet.Testing.DbFactDiscoverer", "SwarmNet.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;

[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresSqlServerAttribute : Attribute;

public sealed class DbFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsSqlServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresSqlServerAttribute)).Any();
        if (needsSqlServer && TestDatabase.SqlServerConnectionString is null)
            yield return new SqlServerSkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        else
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
    }
}

public sealed class SqlServerSkippedTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SqlServerSkippedTestCase() { }

    public SqlServerSkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        $"{TestDatabase.SqlServerVariable} is not set: no SQL Server to run against.";
}
