#!/usr/bin/env bash
# Regenerates the sample corpus: src/sources/*.md -> src/main/resources/mycroft/samples/
# (documents, JSON sidecars, INDEX). Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

cd "$root"
./mvnw -q -B "$@" -pl corpus-samples -am compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/generator.classpath

cd "$here"
"$JAVA_HOME/bin/java" -cp "target/classes:$(cat target/generator.classpath)" \
  org.mycroft.samples.SampleCorpusGenerator src/sources src/main/resources/mycroft/samples
