import { describe, expect, it } from "vitest";
import { repairEszett } from "./repair-eszett";

describe("repairEszett", () => {
  it.each([
    ["LieferantenstraBe 20", "Lieferantenstraße 20"],
    ["Rechnung gemaB Bestellung", "Rechnung gemaß Bestellung"],
    ["HeiBe Luft", "Heiße Luft"],
    ["GroBer Saal", "Großer Saal"],
    ["FuB", "Fuß"],
    ["HauptstraBe53a", "Hauptstraße53a"],
  ])("%s → %s", (read, repaired) => {
    expect(repairEszett(read)).toBe(repaired);
  });

  it.each([
    "eBay order",
    "512 kB",
    "McBain",
    "DeBeers",
    "BEI SPIEL GMBH",
    "WebBrowser",
    "Bahnstr. 42",
    "De Boer & MulderB.V.",
    "Veluwe InstallatietechniekB.V",
    "BirminghamB32DT",
    "BirminghamB3 2DT",
    "RCSNantesB307783537",
  ])("keeps %s", (text) => {
    expect(repairEszett(text)).toBe(text);
  });
});
