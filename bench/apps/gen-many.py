#!/usr/bin/env python3
"""Writes the many-packages app: N tiny class libraries, each packed as its own NuGet package
(Bench.Lib000 ...), and an app that references all N packages and calls into every one at
startup, so the process loads N package assemblies that its deps.json names as packages.

usage: gen-many.py OUT_DIR COUNT
"""
import os
import sys


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    names = [f"Bench.Lib{i:03d}" for i in range(count)]

    # Ordinary user code: none of popcon's build rules apply below OUT_DIR.
    write(os.path.join(out, "Directory.Build.props"), "<Project>\n</Project>\n")
    write(os.path.join(out, "Directory.Packages.props"),
          "<Project>\n  <PropertyGroup>\n"
          "    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n"
          "  </PropertyGroup>\n</Project>\n")
    # Only the local feed: the libraries never come from (or go to) a registry.
    write(os.path.join(out, "app", "nuget.config"),
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n"
          "    <clear />\n    <add key=\"bench-feed\" value=\"../feed\" />\n"
          "  </packageSources>\n</configuration>\n")

    for i, name in enumerate(names):
        write(os.path.join(out, "libs", name, name + ".csproj"),
              "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n"
              "    <TargetFramework>net10.0</TargetFramework>\n"
              f"    <PackageId>{name}</PackageId>\n    <Version>1.0.{i}</Version>\n"
              "    <NuGetAudit>false</NuGetAudit>\n"
              "    <GenerateDocumentationFile>false</GenerateDocumentationFile>\n"
              "  </PropertyGroup>\n</Project>\n")
        write(os.path.join(out, "libs", name, "Entry.cs"),
              f"namespace {name};\n\npublic static class Entry\n{{\n"
              f"    public static int Touch() => {i + 1};\n}}\n")

    refs = "".join(f"    <PackageReference Include=\"{n}\" Version=\"1.0.{i}\" />\n"
                   for i, n in enumerate(names))
    write(os.path.join(out, "app", "Many.csproj"),
          "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n"
          "    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n"
          "    <NuGetAudit>false</NuGetAudit>\n"
          "    <RestorePackagesPath>../packages</RestorePackagesPath>\n"
          "  </PropertyGroup>\n  <ItemGroup>\n" + refs + "  </ItemGroup>\n</Project>\n")
    # One call per library in Main: the JIT loads every assembly before Main runs its first line.
    calls = "".join(f"    + {n}.Entry.Touch()\n" for n in names)
    write(os.path.join(out, "app", "Program.cs"),
          "var sum = 0\n" + calls + ";\nSystem.Console.WriteLine(\"loaded \" + sum);\n")


if __name__ == "__main__":
    main()
