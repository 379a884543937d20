"""The facets' names in the UI language (one place for the panel, the chips and the panes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.models import Facet


def facet_label(facet: Facet) -> str:
    translate = QCoreApplication.translate
    labels = {
        Facet.DOC_TYPE: translate("Facets", "Type"),
        Facet.THEME: translate("Facets", "Theme"),
        Facet.REGION: translate("Facets", "Region"),
        Facet.COUNTRY: translate("Facets", "Country"),
        Facet.MODALITY: translate("Facets", "Modality"),
        Facet.PAYMENT_METHOD: translate("Facets", "Payment method"),
        Facet.LANGUAGE: translate("Facets", "Language"),
        Facet.YEAR: translate("Facets", "Year"),
        Facet.ORGANISATION: translate("Facets", "Organisation"),
        Facet.SECTOR: translate("Facets", "Sector"),
    }
    return labels[facet]
