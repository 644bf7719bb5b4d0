// The seller's VAT id is never the buyer's: not the one printed in the buyer's block, under its heading or without
// one, nor one whose label names the buyer ("Uw BTW-nummer", "Customer VAT No.").

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function vatIdOf(page: TPageLayout) {
  return (await extract([field("vendor_vat_id", "Vendor VAT ID")], [page])).vendor_vat_id;
}

describe("extractFieldsOffline: not the buyer's VAT id for the seller's", () => {
  it("skips the buyer's VAT id under the buyer's address when no heading names the block", async () => {
    const page = layoutFromRows([
      "Colombo Logistica S.r.l.",
      "Via Dante Alighieri 3",
      "10121 Torino (TO)",
      "P.I.: IT19682833121",
      "Ricci Arredamenti S.r.l.",
      "Via Giuseppe Verdi, 160",
      "00184 Roma (RM)",
      "C.F./P.IVA: 12626782302",
    ]);
    expect((await vatIdOf(page)).value).toBe("IT19682833121");
  });

  it("reads the buyer's block under its heading down to its blank line, however many lines it runs", async () => {
    const page = layoutFromRows([
      "Adriatica Servizi S.r.l.s.",
      "Via Dante Alighieri 78",
      "00184 Roma (RM)",
      "CLIENTE",
      "Elettrotecnica Ruggeri S.p.A.",
      "Alla c.a. di Matteo Ferretti",
      "Piazza della Repubblica 57",
      "50123 Firenze (FI)",
      "C.F./P.IVA: 32887789745",
      "",
      "Nr. documento: FT-2024-882 | Data fattura: 23.02.2024 | P.I.:",
      "IT31299171174",
    ]);
    expect((await vatIdOf(page)).value).toBe("IT31299171174");
  });

  it("ends the buyer's block at its heading: the seller's id just above it stays the seller's", async () => {
    const page = layoutFromRows([
      "Asesoría Martínez S.L.U.",
      "Calle de Alcalá, 69",
      "29015 Málaga",
      "N.I.F.: ESA77789887",
      "Datos del cliente",
      "Reformas López S.L.U.",
      "Calle San Vicente, 129",
      "29015 Málaga (Málaga)",
      "CIF cliente: ESB37837492",
    ]);
    const vatId = await vatIdOf(page);
    expect(vatId.value).toBe("ESA77789887");
    expect(vatId.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("skips the buyer's id labelled 'your' in Dutch or French", async () => {
    const page = layoutFromRows(["Jansen Installatietechniek B.V.", "Uw BTW-nummer: NL1908.09.940.B01", "Btw-nr. NL9528.40.119.B01"]);
    expect((await vatIdOf(page)).value).toBe("NL9528.40.119.B01");
  });

  it("reads no seller's id from the buyer's own, labelled for the customer under the buyer's address", async () => {
    const page = layoutFromRows([
      [
        [0.05, "VAT INVOICE"],
        [0.5, "Thames Valley Plumbing & Heating LLP"],
      ],
      [[0.7, "46 Station Road"]],
      [[0.7, "Edinburgh EH2 4AD"]],
      "",
      "Pennine Electrical plc",
      "Unit 8, Kingsway Business Park",
      "Birmingham B3 2DT",
      "Customer VAT No.: 462 5184 30",
    ]);
    expect((await vatIdOf(page)).value).toBeNull();
  });
});
