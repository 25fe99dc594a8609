#!/usr/bin/env bash
# The construction-plan outline opened by a real word processor: LibreOffice Writer, headless,
# converts the .docx that `tic-assess --outline` writes to PDF and to text, in both languages,
# with and without amounts. The text must hold every Art. 7(1) heading, the figures and the
# notes (or, without amounts, none of them); a file Writer cannot load fails, and a damaged
# file is shown to fail first, so that the check itself is known to bite. The PDFs' page counts
# are reported. With --png DIR, the first two pages of each PDF are also written as PNG.
# With --pages DIR, the outlines of an eligible, a not-eligible and a new-entity case, in both
# languages, are rendered and their first annex page written to DIR as PNG, with the cover,
# contents, first part and budget pages of one of them (docs/outline/ holds them).
#
# Needs soffice, pdfinfo and pdftotext (scripts/ensure-tools.sh --browser installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

png_dir=""
pages_dir=""
if [ "${1:-}" = "--png" ]; then
  png_dir="$(realpath -m "${2:?--png needs a directory}")"
  mkdir -p "$png_dir"
elif [ "${1:-}" = "--pages" ]; then
  pages_dir="$(realpath -m "${2:?--pages needs a directory}")"
  mkdir -p "$pages_dir"
fi
soffice="${SOFFICE:-soffice}"
cargo build --locked --quiet --bin tic-assess
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fixture=tests/outline/answers-with-notes.json

# A profile of its own, so that a Writer the person has open is neither used nor disturbed.
# The faces GB/T 9704 names are Windows faces; where they are missing (as on a bare Linux),
# they are drawn with the nearest Noto CJK face, as WPS and Word substitute on their systems.
cat >"$work/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias><family>楷体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$work/fonts.conf"

convert() { # FILE FORMAT: converts into $work/out; fails when Writer cannot load the file
  local log
  log="$("$soffice" -env:UserInstallation="file://$work/profile" --headless \
    --convert-to "$2" --outdir "$work/out" "$1" 2>&1 || true)"
  local produced="$work/out/$(basename "${1%.docx}").${2%%:*}"
  if [ ! -s "$produced" ] || grep -q "^Error" <<<"$log"; then
    printf '%s\n' "$log" >&2
    return 1
  fi
}

fail() { printf 'outline-in-writer: %s\n' "$*" >&2; exit 1; }

# The check bites: a truncated outline is refused.
# (head stops reading after 4000 bytes: the broken pipe that tic-assess then meets is expected.)
target/debug/tic-assess --outline --as-of 2025-09-01 "$fixture" 2>/dev/null | head -c 4000 >"$work/damaged.docx" || true
if convert "$work/damaged.docx" pdf 2>/dev/null; then
  fail "a damaged .docx converted without an error: the check would not notice a broken file"
fi

for lang in zh en; do
  for amounts in with without; do
    name="outline-$lang-$amounts"
    flags=(--outline --lang "$lang" --as-of 2025-09-01)
    [ "$amounts" = without ] && flags+=(--without-amounts)
    target/debug/tic-assess "${flags[@]}" "$fixture" >"$work/$name.docx"
    convert "$work/$name.docx" pdf || fail "$name.docx: Writer could not load it"
    convert "$work/$name.docx" "txt:Text (encoded):UTF8" || fail "$name.docx: no text"
    text="$work/out/$name.txt"
    if [ "$lang" = zh ]; then
      expected=(一、总体目标 二、分年度目标 三、里程碑目标 四、建设内容 五、技术路线 六、预期成果
        七、运行机制 八、预算方案 九、保障措施 北京市技术创新中心建设方案 目　录 附件1　自评结果
        "依托单位：北京某某科技有限公司 <研发&创新> \"一期\" 'A'" 结果一览 编写提示)
      money=(300,000.00万元 30,000.00万元 18,000.00万元)
      notes=("目标初稿已交技术委员会 <审议> & 修改，见“V2”" 2022–2024年专项审计报告已委托事务所)
      withheld=不含申报单位的金额和清单备注
    else
      expected=("1. Overall goal" "2. Annual goals" "3. Milestone goals" "4. Construction content"
        "5. Technical route" "6. Expected results" "7. Operating mechanism" "8. Budget plan"
        "9. Safeguards" "The result at a glance" "Contents" "Annex 1. Self-check result")
      money=("RMB 3,000,000,000" "RMB 300,000,000" "RMB 180,000,000")
      notes=("Budget: 3 years, approved by the board; 'R&D' > 10%")
      withheld="leaves out the applicant's amounts"
    fi
    for words in "${expected[@]}"; do
      grep -qF -- "$words" "$text" || fail "$name: “$words” not in Writer's text"
    done
    for words in "${money[@]}" "${notes[@]}"; do
      if [ "$amounts" = with ]; then
        grep -qF -- "$words" "$text" || fail "$name: “$words” not in Writer's text"
      elif grep -qF -- "$words" "$text"; then
        fail "$name: “$words” is in the outline without amounts"
      fi
    done
    if [ "$amounts" = without ]; then
      grep -qF -- "$withheld" "$text" || fail "$name: the first page does not say amounts are left out"
    fi
    pages="$(pdfinfo "$work/out/$name.pdf" | awk '/^Pages:/ {print $2}')"
    printf 'outline-in-writer: %s opens in LibreOffice Writer: %s A4 pages, %s bytes\n' \
      "$name.docx" "$pages" "$(wc -c <"$work/$name.docx")"
    if [ -n "$png_dir" ]; then
      for page in 1 2; do
        pdftoppm -r 80 -png -f "$page" -l "$page" -singlefile "$work/out/$name.pdf" "$png_dir/$name-page$page"
      done
      cp "$work/$name.docx" "$work/out/$name.pdf" "$png_dir/"
    fi
  done
done

# The pages a manager sees, for three cases in both languages.
if [ -n "$pages_dir" ]; then
  # The text of a page with its spaces and line breaks taken out (pdftotext writes 附件1　自评结果
  # as “附件 1”, a blank line, “自评结果”). sed, not tr: tr would take the ideographic space's
  # bytes out of other characters.
  squeezed() { sed 's/　//g' | tr -d ' \n'; }
  page_of() { # PDF WORDS: the last page whose text holds WORDS
    local pdf="$1" words n last=""
    words="$(printf '%s' "$2" | squeezed)"
    for ((n = 1; n <= $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'); n++)); do
      pdftotext -f "$n" -l "$n" "$pdf" - | squeezed | grep -qF -- "$words" && last="$n"
    done
    printf '%s' "$last"
  }
  for case in eligible:01-tier1-at-3-billion-ratio-exactly-10pct not-eligible:07-tier3-ratio-one-fen-short \
    new-entity:22-new-entity-planned-domestic-one-fen-short; do
    label="${case%%:*}"
    node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1])).answers))' \
      "tests/scenarios/${case#*:}.json" >"$work/$label.json"
    for lang in zh en; do
      flags=(--outline --lang "$lang" --as-of 2025-09-01)
      name="$label-$lang"
      target/debug/tic-assess "${flags[@]}" "$work/$label.json" >"$work/$name.docx"
      convert "$work/$name.docx" pdf || fail "$name.docx: Writer could not load it"
      pdf="$work/out/$name.pdf"
      if [ "$lang" = zh ]; then budget="八、预算方案"; annex="附件1　自评结果"; else budget="8. Budget plan"; annex="Annex 1. Self-check result"; fi
      budget_page="$(page_of "$pdf" "$budget")"
      annex_page="$(page_of "$pdf" "$annex")"
      [ -n "$budget_page" ] && [ -n "$annex_page" ] || fail "$name: no page holds “$budget” or “$annex”"
      shots=(annex:"$annex_page")
      # The body's pages are the same for every case (the parts are not yet tailored to the
      # applicant): drawn once, from the not-eligible case.
      [ "$label" = not-eligible ] && shots+=(cover:1 contents:2 part:3 budget:"$budget_page")
      for shot in "${shots[@]}"; do
        pdftoppm -scale-to 560 -png -f "${shot#*:}" -l "${shot#*:}" -singlefile "$pdf" "$pages_dir/$name-${shot%%:*}"
      done
      printf 'outline-in-writer: %s: %s A4 pages\n' "$name" "$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
    done
  done
fi
