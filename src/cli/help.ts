export const USAGE = `Usage: mlsd <command> [options]

Commands:
  lint FILE…                  Check designs against the ML system design rules
    --format text|json        Output format (default: text)
  export FILE --format F      Write a design as json, mermaid, markdown or svg
    -o, --output OUT          Write to OUT instead of standard output
    --theme light|dark        SVG colours (default: light)
    --direction right|down    SVG layout direction (default: right)
    --relayout                SVG: lay out afresh instead of using saved positions
    --lanes                   SVG: arrange nodes in online / nearline / offline bands
    --findings                SVG: badge nodes with their lint findings
    --no-groups               Mermaid: no subgraph per category

Options:
  -h, --help                  Show this help
  -v, --version               Show the version (also: mlsd version)

FILE is a design file (.json), or an SVG exported by MLSD Studio.

Exit codes (lint): 0 no error findings, 1 some error finding, 2 a file cannot be read
or is not a valid design, or the command line is wrong.
`;
