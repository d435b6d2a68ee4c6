#!/usr/bin/env bash
# Runs the sample month in English and in Spanish, and the sample with offerings of hostile and
# unbroken long text added (src/test/resources/fixtures/page/), and checks each web page in a real
# browser with scripts/render-html.sh: no sideways scrolling at 360 and 390 px, no request beyond
# the page, and no WCAG 2.1 A or AA violation that axe-core finds. Installs Debian's chromium when it is missing;
# the npm packages come from scripts/page-check's lock file. Screenshots end up in target/browser/.
#
#   scripts/browser-tests.sh        (after ./mvnw verify, which builds target/cellcompare.jar)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
    echo "browser-tests: installing Debian's chromium package" >&2
    sudo_if_needed=()
    [[ $(id -u) == 0 ]] || sudo_if_needed=(sudo)
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
out=target/browser
rm -rf "$out"
mkdir -p "$out/edge"
cp -r input "$out/edge/input"
cp src/test/resources/fixtures/page/*.csv "$out/edge/input/offerings/"
for run in en:input es:input edge:"$out/edge/input"; do
    name=${run%%:*}
    language=en
    [[ $name == es ]] && language=es
    if ! java -jar target/cellcompare.jar --input="${run#*:}" --output="$out/$name" --month=2026-11 --locale="$language" \
            >"$out/$name.log" 2>&1; then
        cat "$out/$name.log" >&2
        exit 1
    fi
    scripts/render-html.sh "$out/$name/cellcompare-2026-11.html" "$out/$name/rendered"
done
