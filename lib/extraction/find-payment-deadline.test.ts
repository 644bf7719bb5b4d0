import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function dueDateOf(rows: string[]) {
  return (await extract([field("due_date", "Due Date", "date")], [layoutFromRows(rows)])).due_date.normalizedValue;
}

describe("a due date stated in a sentence", () => {
  it.each([
    ["Merci de régler cette facture avant le 16/10/2023.", "2023-10-16"],
    ["Merciderégler cette facture avantle 16/10/2023.", "2023-10-16"],
    ["Please pay by 2025-11-02.", "2025-11-02"],
    ["Zahlbar ohne Abzug bis 14.08.2024.", "2024-08-14"],
    ["Rogamos realicen el pago antes del 05-08-2024.", "2024-08-05"],
    ["Rogamos realicen el pago antes del 16 de julio de 2025.", "2025-07-16"],
    ["Pagamento entro il 09-11-2024.", "2024-11-09"],
    ["Kindly settle this invoice by 2025-03-24.", "2025-03-24"],
    ["Wij verzoeken u vriendelijk het bedrag vóór 26/07/2025 over te maken.", "2025-07-26"],
    // As a scan's reader prints them: words run together, ó and o read as 6 and 0.
    ["Bitte iberweisenSie denRechnungsbetragbis zum 2024-04-07.", "2024-04-07"],
    ["Si pregadieffettuare ilpagamentoentro il 27.05.2023", "2023-05-27"],
    ["Gelieve te betalen vo6r 16/02/2024.", "2024-02-16"],
    ["Payment is due 0n 2025-02-02", "2025-02-02"],
    ["Payment is due oon 09/14/2024", "2024-09-14"],
    ["Kindly settle this invoiceby30/11/2024.", "2024-11-30"],
    ["Kindlysettle this invoiceby 13/03/2024.", "2024-03-13"],
    ["Paymentisdueon12/07/2023", "2023-07-12"],
    ["Paiementattendu auplus tard le16aout2024.", "2024-08-16"],
    ["Paiement attendu au plus tard le 16 août 2024.", "2024-08-16"],
    // The sentence's next word run on after the year too.
    ["Wijverzoekenuvriendelijkhetbedragv66r27-12-2025over temaken.", "2025-12-27"],
    // The word before, the preposition and its article all run together.
    ["BitteuberweisenSiedenRechnungsbetragbiszum 22.03.2023", "2023-03-22"],
    ["Mercidereglercettefactureavantle30novembre2025", "2025-11-30"],
    ["Wijverz0ekenuvriendelijkhetbedragv66r2024-01-19over temaken", "2024-01-19"],
    // A Spanish date's "de" run on to its day, month and year; the article run on to the day.
    ["Rogamosrealicenelpagoantesdel23denoviembrede2024.", "2024-11-23"],
    ["Rogamosrealicenelpagoantesdel 24de agostode2023.", "2023-08-24"],
    ["Rogamosrealicenelpagoantes del1demayo de2024.", "2024-05-01"],
    // The date's start run on to "by", its rest in the next words; or the month's name first.
    ["Kindly settle this invoiceby5Aug 2024.", "2024-08-05"],
    ["Kindly settle thisinvoicebyOct7,2024", "2024-10-07"],
  ])("%s", async (sentence, iso) => {
    expect(await dueDateOf(["Invoice 1234", "Date: 06/07/2024", "Total 100.00", sentence])).toBe(iso);
  });

  it("takes no date that is not a deadline for paying", async () => {
    expect(await dueDateOf(["Invoice 1234", "Delivered by 12/07/2024", "Payment received with thanks", "Total 100.00"])).toBeNull();
  });

  it("reads a Dutch 'Uiterste betaaldatum' and a Spanish 'Fecha límite de pago' label", async () => {
    expect(await dueDateOf(["Factuurdatum 28/05/2025", "Uiterste betaaldatum 12/07/2025"])).toBe("2025-07-12");
    expect(await dueDateOf(["Fecha de factura: 04-11-2023", "Fecha límite de pago: 04-12-2023."])).toBe("2023-12-04");
  });
});
