#!/usr/bin/env python3
"""Converts the official INSEE referential into Jalon's compact territory resource.

Source: npm package @etalab/decoupage-administratif@6.0.0 (MIT), data/communes.json,
data/epci.json, data/departements.json, data/regions.json.

Usage:
    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    python3 make-territory.py package/data .

Writes communes.tsv, epci.tsv and departements.tsv (UTF-8, tab-separated, one header line starting with '#').
Communes kept: current communes ("commune-actuelle") and the municipal arrondissements of
Paris, Lyon and Marseille (they have their own INSEE codes and postcodes in addresses).
"""
import json
import sys
from pathlib import Path


def main(src: Path, out: Path) -> None:
    communes = json.loads((src / "communes.json").read_text(encoding="utf-8"))
    epcis = json.loads((src / "epci.json").read_text(encoding="utf-8"))
    departements = json.loads((src / "departements.json").read_text(encoding="utf-8"))
    regions = {r["code"]: r["nom"] for r in json.loads((src / "regions.json").read_text(encoding="utf-8"))}

    epci_of = {}
    epci_name = {}
    for epci in epcis:
        epci_name[epci["code"]] = epci["nom"]
        for member in epci["membres"]:
            epci_of[member["code"]] = epci["code"]

    kept = [c for c in communes if c["type"] in ("commune-actuelle", "arrondissement-municipal")]
    kept.sort(key=lambda c: c["code"])
    lines = ["#code\tname\tdepartement\tregion\tepci\tpostcodes\tpopulation\tkind"]
    for c in kept:
        # Arrondissements belong to the EPCI of their parent commune (Paris, Lyon, Marseille).
        epci = epci_of.get(c["code"]) or epci_of.get(c.get("commune", ""), "")
        kind = "A" if c["type"] == "arrondissement-municipal" else "C"
        lines.append("\t".join([
            c["code"], c["nom"], c.get("departement", ""), c.get("region", ""), epci,
            " ".join(c.get("codesPostaux", [])),
            str(c.get("population", 0)), kind,
        ]))
    (out / "communes.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    epci_lines = ["#code\tname"] + [f"{code}\t{name}" for code, name in sorted(epci_name.items())]
    (out / "epci.tsv").write_text("\n".join(epci_lines) + "\n", encoding="utf-8")

    dep_lines = ["#code\tname\tregion\tregion_name"]
    for d in sorted(departements, key=lambda d: d["code"]):
        dep_lines.append("\t".join([d["code"], d["nom"], d["region"], regions.get(d["region"], "")]))
    (out / "departements.tsv").write_text("\n".join(dep_lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} communes, {len(departements)} départements written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make-territory.py SOURCE_DATA_DIR OUTPUT_DIR")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
