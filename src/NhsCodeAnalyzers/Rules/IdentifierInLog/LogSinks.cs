using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Rules.IdentifierInLog
{
    /// <summary>Where a written value ends up; each kind reads as the end of "'x' is written to ...".</summary>
    internal enum SinkKind
    {
        LogMessage,
        LogScope,
        LogProperty,
        Console,
        Trace,
        ActivityTag,
        ActivityBaggage,
        ActivityStatus,
        ExceptionMessage,
    }

    /// <summary>A method whose arguments are written to a log, trace, the console, telemetry or an exception message.</summary>
    internal readonly struct LogSink
    {
        public LogSink(SinkKind kind, bool structured, bool canRemoveTemplateArguments, bool checksDataClassification = false)
        {
            Kind = kind;
            Structured = structured;
            CanRemoveTemplateArguments = canRemoveTemplateArguments;
            ChecksDataClassification = checksDataClassification;
        }

        public SinkKind Kind { get; }

        /// <summary>A structured logger: message-template holes name the arguments, <c>{@Hole}</c> destructures, collections are written element by element.</summary>
        public bool Structured { get; }

        /// <summary>The library has an overload for one argument fewer, so a template hole and its argument can be removed together.</summary>
        public bool CanRemoveTemplateArguments { get; }

        /// <summary>A <c>[LoggerMessage]</c> method: a parameter with a data-classification attribute is redacted.</summary>
        public bool ChecksDataClassification { get; }

        public string Description => Kind switch
        {
            SinkKind.LogScope => "a log scope",
            SinkKind.LogProperty => "a log property",
            SinkKind.Console => "the console",
            SinkKind.Trace => "a trace",
            SinkKind.ActivityTag => "an Activity tag",
            SinkKind.ActivityBaggage => "Activity baggage",
            SinkKind.ActivityStatus => "an Activity status",
            SinkKind.ExceptionMessage => "an exception message",
            _ => "a log message",
        };
    }

    /// <summary>
    /// The sink table of NHS1002, resolved once per compilation by metadata name: Microsoft.Extensions.Logging
    /// (<c>ILogger</c>, its <c>Log*</c>/<c>BeginScope</c> extensions, <c>LoggerMessage.Define</c> delegates,
    /// <c>[LoggerMessage]</c> methods), Serilog (<c>ILogger</c>, <c>Log</c>, <c>LogContext</c>), NLog (<c>Logger</c>,
    /// <c>ILogger</c>, its extensions, <c>ScopeContext</c>), <c>Console</c> (and <c>Console.Out</c>/<c>Error</c>),
    /// <c>Debug</c>, <c>Trace</c>, <c>TraceSource</c>, <c>Activity</c> tags, baggage and status, exception constructors,
    /// and the team's wrappers in <c>nhs_code_analyzers.logging_types</c>.
    /// </summary>
    internal sealed class LogSinks
    {
        public const string MelLogger = "Microsoft.Extensions.Logging.ILogger";
        public const string MelLoggerExtensions = "Microsoft.Extensions.Logging.LoggerExtensions";
        public const string MelLoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
        public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
        public const string NoDataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute";
        public const string SerilogLogger = "Serilog.ILogger";
        public const string SerilogLog = "Serilog.Log";
        public const string SerilogLogContext = "Serilog.Context.LogContext";
        public const string NLogLoggerBase = "NLog.ILoggerBase";
        public const string NLogLogger = "NLog.Logger";
        public const string NLogLoggerExtensions = "NLog.ILoggerExtensions";
        public const string NLogScopeContext = "NLog.ScopeContext";
        public const string Console = "System.Console";
        public const string TextWriter = "System.IO.TextWriter";
        public const string Debug = "System.Diagnostics.Debug";
        public const string Trace = "System.Diagnostics.Trace";
        public const string TraceSource = "System.Diagnostics.TraceSource";
        public const string Activity = "System.Diagnostics.Activity";
        public const string ActivityEvent = "System.Diagnostics.ActivityEvent";
        public const string Exception = "System.Exception";

        /// <summary>Names of the parameter that takes the message template or format string.</summary>
        public static readonly ImmutableHashSet<string> TemplateParameterNames = ImmutableHashSet.Create("message", "messageTemplate", "messageFormat", "format");

        /// <summary>Exception constructor parameters whose value ends up in <c>Exception.Message</c>.</summary>
        public static readonly ImmutableHashSet<string> ExceptionMessageParameterNames = ImmutableHashSet.Create("message", "actualValue");

        private static readonly ImmutableHashSet<string> LevelMethods = ImmutableHashSet.Create(
            "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical",
            "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal",
            "Trace", "Info", "Warn", "ConditionalDebug", "ConditionalTrace");

        private readonly ConcurrentDictionary<INamedTypeSymbol, Family> _families = new ConcurrentDictionary<INamedTypeSymbol, Family>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, ImmutableHashSet<INamedTypeSymbol>> _wrappers = new ConcurrentDictionary<AnalyzerConfigOptions, ImmutableHashSet<INamedTypeSymbol>>();
        private readonly Compilation _compilation;
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ImmutableArray<(INamedTypeSymbol Type, Family Family)> _exact;
        private readonly ImmutableArray<(INamedTypeSymbol Type, Family Family)> _implemented;
        private readonly INamedTypeSymbol? _melLogger;
        private readonly INamedTypeSymbol? _loggerMessageAttribute;
        private readonly INamedTypeSymbol? _dataClassificationAttribute;
        private readonly INamedTypeSymbol? _noDataClassificationAttribute;
        private readonly INamedTypeSymbol? _console;
        private readonly INamedTypeSymbol? _textWriter;
        private readonly INamedTypeSymbol _exception;
        private readonly INamedTypeSymbol? _activityEvent;
        private readonly INamedTypeSymbol? _disposable;
        private readonly System.Func<INamedTypeSymbol, Family> _familyOf;
        private readonly System.Func<AnalyzerConfigOptions, ImmutableHashSet<INamedTypeSymbol>> _wrappersOf;

        private LogSinks(Compilation compilation, AnalyzerConfigOptionsProvider options, INamedTypeSymbol exception)
        {
            _compilation = compilation;
            _options = options;
            _exception = exception;
            _melLogger = TypeLookup.Find(compilation, MelLogger);
            _loggerMessageAttribute = TypeLookup.Find(compilation, MelLoggerMessageAttribute);
            _dataClassificationAttribute = TypeLookup.Find(compilation, DataClassificationAttribute);
            _noDataClassificationAttribute = TypeLookup.Find(compilation, NoDataClassificationAttribute);
            _console = TypeLookup.Find(compilation, Console);
            _textWriter = TypeLookup.Find(compilation, TextWriter);
            _activityEvent = TypeLookup.Find(compilation, ActivityEvent);
            _disposable = compilation.GetSpecialType(SpecialType.System_IDisposable);
            _familyOf = FamilyOf;
            _wrappersOf = ResolveWrappers;

            _exact = Resolve(
                (MelLoggerExtensions, Family.Mel),
                (SerilogLog, Family.Serilog),
                (SerilogLogContext, Family.SerilogContext),
                (NLogLoggerExtensions, Family.NLog),
                (NLogScopeContext, Family.NLogScope),
                (Console, Family.Console),
                (Debug, Family.Trace),
                (Trace, Family.Trace),
                (TraceSource, Family.Trace),
                (Activity, Family.Activity));
            _implemented = Resolve(
                (MelLogger, Family.Mel),
                (SerilogLogger, Family.Serilog),
                (NLogLoggerBase, Family.NLog),
                (NLogLogger, Family.NLog));
        }

        private enum Family
        {
            None,
            Mel,
            Serilog,
            SerilogContext,
            NLog,
            NLogScope,
            Console,
            Trace,
            Activity,
        }

        /// <summary>The sinks of this compilation, or null when it has no <c>System.Exception</c> (no references at all).</summary>
        public static LogSinks? Create(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            var exception = TypeLookup.Find(compilation, Exception);
            return exception is null ? null : new LogSinks(compilation, options, exception);
        }

        /// <summary>The sink a call writes to, or null. <paramref name="instance"/> is the call's receiver.</summary>
        public LogSink? Find(IMethodSymbol method, IOperation? instance, SyntaxTree tree)
        {
            if (method.ContainingType is not { } type)
            {
                return null;
            }

            switch (method.MethodKind)
            {
                case MethodKind.Constructor:
                    return IsException(type) ? new LogSink(SinkKind.ExceptionMessage, structured: false, canRemoveTemplateArguments: false) : null;
                case MethodKind.DelegateInvoke:
                    return FindLoggerMessageDelegate(method);
            }

            switch (_families.GetOrAdd(type.OriginalDefinition, _familyOf))
            {
                case Family.Mel:
                    return method.Name == "BeginScope"
                        ? new LogSink(SinkKind.LogScope, structured: true, canRemoveTemplateArguments: true)
                        : new LogSink(SinkKind.LogMessage, structured: true, canRemoveTemplateArguments: LevelMethods.Contains(method.Name));
                case Family.Serilog:
                    return method.Name is "ForContext" or "BindProperty"
                        ? new LogSink(SinkKind.LogProperty, structured: true, canRemoveTemplateArguments: false)
                        : new LogSink(SinkKind.LogMessage, structured: true, canRemoveTemplateArguments: LevelMethods.Contains(method.Name));
                case Family.SerilogContext:
                    return new LogSink(SinkKind.LogProperty, structured: true, canRemoveTemplateArguments: false);
                case Family.NLog:
                    if (method.Name.IndexOf("Scope", StringComparison.Ordinal) >= 0)
                    {
                        return new LogSink(SinkKind.LogScope, structured: true, canRemoveTemplateArguments: false);
                    }

                    return method.Name.IndexOf("Propert", StringComparison.Ordinal) >= 0
                        ? new LogSink(SinkKind.LogProperty, structured: true, canRemoveTemplateArguments: false)
                        : new LogSink(SinkKind.LogMessage, structured: true, canRemoveTemplateArguments: LevelMethods.Contains(method.Name));
                case Family.NLogScope:
                    return new LogSink(SinkKind.LogScope, structured: true, canRemoveTemplateArguments: false);
                case Family.Console:
                    return new LogSink(SinkKind.Console, structured: false, canRemoveTemplateArguments: false);
                case Family.Trace:
                    return new LogSink(SinkKind.Trace, structured: false, canRemoveTemplateArguments: false);
                case Family.Activity:
                    return method.Name switch
                    {
                        "SetTag" or "AddTag" => new LogSink(SinkKind.ActivityTag, structured: false, canRemoveTemplateArguments: false),
                        "SetBaggage" or "AddBaggage" => new LogSink(SinkKind.ActivityBaggage, structured: false, canRemoveTemplateArguments: false),
                        "SetStatus" => new LogSink(SinkKind.ActivityStatus, structured: false, canRemoveTemplateArguments: false),
                        _ => null,
                    };
            }

            if (IsConsoleWriter(method, instance))
            {
                return new LogSink(SinkKind.Console, structured: false, canRemoveTemplateArguments: false);
            }

            if (_loggerMessageAttribute is not null && method.IsPartialDefinition &&
                method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _loggerMessageAttribute)))
            {
                return new LogSink(SinkKind.LogMessage, structured: false, canRemoveTemplateArguments: false, checksDataClassification: true);
            }

            var wrappers = WrappersFor(tree);
            return !wrappers.IsEmpty && IsOrInherits(type, wrappers)
                ? new LogSink(SinkKind.LogMessage, structured: true, canRemoveTemplateArguments: false)
                : null;
        }

        /// <summary>True when <paramref name="type"/> is <c>System.Exception</c> or derives from it.</summary>
        public bool IsException(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, _exception))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True for <c>System.Diagnostics.ActivityEvent</c>, whose tags are exported with the trace.</summary>
        public bool IsActivityEvent(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, _activityEvent);

        /// <summary>A <c>[LoggerMessage]</c> parameter with a data-classification attribute: the logging generator redacts it.</summary>
        public bool IsDataClassified(IParameterSymbol parameter)
        {
            if (_dataClassificationAttribute is null)
            {
                return false;
            }

            foreach (var attribute in parameter.GetAttributes())
            {
                for (var current = attribute.AttributeClass; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, _noDataClassificationAttribute))
                    {
                        break; // explicitly "no classification": written as it is
                    }

                    if (SymbolEqualityComparer.Default.Equals(current, _dataClassificationAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A delegate made by <c>LoggerMessage.Define</c> (<c>Action&lt;ILogger, T1, ..., Exception?&gt;</c>) or
        /// <c>LoggerMessage.DefineScope</c> (<c>Func&lt;ILogger, T1, ..., IDisposable?&gt;</c>), recognised by that shape.
        /// </summary>
        private LogSink? FindLoggerMessageDelegate(IMethodSymbol invoke)
        {
            if (_melLogger is null || invoke.Parameters.Length < 2 || !SymbolEqualityComparer.Default.Equals(invoke.Parameters[0].Type, _melLogger))
            {
                return null;
            }

            if (invoke.ReturnsVoid && invoke.Parameters[invoke.Parameters.Length - 1].Type is INamedTypeSymbol last && IsException(last))
            {
                return new LogSink(SinkKind.LogMessage, structured: false, canRemoveTemplateArguments: false);
            }

            return SymbolEqualityComparer.Default.Equals(invoke.ReturnType, _disposable)
                ? new LogSink(SinkKind.LogScope, structured: false, canRemoveTemplateArguments: false)
                : null;
        }

        /// <summary><c>Console.Out.WriteLine(...)</c> and <c>Console.Error.Write(...)</c>.</summary>
        private bool IsConsoleWriter(IMethodSymbol method, IOperation? instance)
            => _textWriter is not null &&
               method.Name.StartsWith("Write", StringComparison.Ordinal) &&
               instance?.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property &&
               SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _console) &&
               IsOrInherits(method.ContainingType, ImmutableHashSet.Create<INamedTypeSymbol>(SymbolEqualityComparer.Default, _textWriter));

        private Family FamilyOf(INamedTypeSymbol type)
        {
            foreach (var (sinkType, family) in _exact)
            {
                if (SymbolEqualityComparer.Default.Equals(type, sinkType))
                {
                    return family;
                }
            }

            foreach (var (sinkType, family) in _implemented)
            {
                if (SymbolEqualityComparer.Default.Equals(type, sinkType) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, sinkType)) || DerivesFrom(type, sinkType))
                {
                    return family;
                }
            }

            return Family.None;
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsOrInherits(INamedTypeSymbol type, ImmutableHashSet<INamedTypeSymbol> types)
            => TypeHierarchy.IsOrDerivesFromAny(type, types) || type.AllInterfaces.Any(i => types.Contains(i.OriginalDefinition));

        private ImmutableHashSet<INamedTypeSymbol> WrappersFor(SyntaxTree tree) => _wrappers.GetOrAdd(_options.GetOptions(tree), _wrappersOf);

        private ImmutableHashSet<INamedTypeSymbol> ResolveWrappers(AnalyzerConfigOptions options)
        {
            var names = NhsOptionReader.GetValues(options, NhsOptionKeys.Find(NhsOptionKeys.LoggingTypes)!);
            return names.IsEmpty ? ImmutableHashSet<INamedTypeSymbol>.Empty.WithComparer(SymbolEqualityComparer.Default) : TypeLookup.FindSet(_compilation, names);
        }

        private ImmutableArray<(INamedTypeSymbol, Family)> Resolve(params (string Name, Family Family)[] names)
        {
            var builder = ImmutableArray.CreateBuilder<(INamedTypeSymbol, Family)>();
            foreach (var (name, family) in names)
            {
                foreach (var type in TypeLookup.FindAll(_compilation, name))
                {
                    builder.Add((type, family));
                }
            }

            return builder.ToImmutable();
        }
    }
}
