using System;
using System.IO;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>
    /// A fresh project in a temporary folder that references NhsCodeAnalyzers by version from the packed
    /// folder, through a NuGet.config that adds that folder beside the normal source.
    /// </summary>
    public sealed class ConsumerProject
    {
        public const string ArchiveSource = """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            namespace Consumer;

            public sealed class Archive
            {
                public void Save(Stream stream, string[] notes)
                {
                    var formatter = new BinaryFormatter();
                    formatter.Serialize(stream, notes);
                }
            }
            """;

        /// <summary>Where NHS3001 must be reported in <see cref="ArchiveSource"/>: the creation and the call.</summary>
        public const string CreationLocation = "Archive.cs(10,25): warning NHS3001";

        public const string CallLocation = "Archive.cs(11,9): warning NHS3001";

        /// <summary>A second category (NhsSecurity): NHS2002 at the one-shot MD5 call.</summary>
        public const string ChecksumSource = """
            using System.Security.Cryptography;

            namespace Consumer;

            public static class Checksum
            {
                public static byte[] Of(byte[] data) => MD5.HashData(data);
            }
            """;

        public const string ChecksumLocation = "Checksum.cs(7,45): warning NHS2002";

        private ConsumerProject(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public string ArchivePath => Path.Combine(Directory, "Archive.cs");

        public static ConsumerProject Create(PackedPackagesFixture packages, string name, string extraProperties = "", string extraItems = "")
        {
            var directory = Path.Combine(packages.WorkDirectory, name);
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(packages.WorkDirectory, "global-packages")}" />
                  </config>
                  <packageSources>
                    <add key="nhs-code-analyzers-local" value="{packages.PackageDirectory}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <EnableUnsafeBinaryFormatterSerialization>true</EnableUnsafeBinaryFormatterSerialization>
                    <NoWarn>$(NoWarn);SYSLIB0011</NoWarn>
                    {extraProperties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NhsCodeAnalyzers" Version="{packages.Version}" PrivateAssets="all" />
                    {extraItems}
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "Archive.cs"), ArchiveSource);
            return new ConsumerProject(directory);
        }

        public void WriteSource(string fileName, string source) => File.WriteAllText(Path.Combine(Directory, fileName), source);

        public DotNetCli.Result Restore() => DotNetCli.Run(Directory, "restore", Path.Combine(Directory, "Consumer.csproj"), "-nologo");

        public void WriteEditorConfig(string settings)
            => File.WriteAllText(Path.Combine(Directory, ".editorconfig"), "root = true\n\n[*.cs]\n" + settings + "\n");

        public DotNetCli.Result Build(params string[] extraArguments)
        {
            var arguments = new[] { "build", Path.Combine(Directory, "Consumer.csproj"), "--no-incremental", "-nologo", "-p:UseSharedCompilation=false" };
            return DotNetCli.Run(Directory, Concat(arguments, extraArguments));
        }

        private static string[] Concat(string[] first, string[] second)
        {
            var all = new string[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }
}
