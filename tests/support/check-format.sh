#!/usr/bin/env bash
# Checks (or with --fix, applies) the root .clang-format on every C++ source of the project.
set -euo pipefail
root=$1
mode=${2:-}
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app core ui sandbox tests -name '*.cpp' -o -name '*.h')
fi
existing=()
for f in "${files[@]}"; do [[ -f "$f" ]] && existing+=("$f"); done
if [[ "$mode" == "--fix" ]]; then
    clang-format -i "${existing[@]}"
    exit 0
fi
bad=0
for f in "${existing[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: cmake --build build/default --target format)"
        bad=$((bad + 1))
    fi
done
echo "format: ${#existing[@]} files checked, $bad not formatted"
[[ $bad -eq 0 ]]
