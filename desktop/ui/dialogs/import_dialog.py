"""File ▸ Import…: check a bundle, show what it would change, apply it on the user's word.

The dialog drives an `ImportController`: a progress bar follows the stages (the file, its
checksums and signature, every record, the comparison), then the preview says what would be
added, updated and withdrawn and which of the user's marked resources it touches. An unsigned
bundle or an unknown signer needs an explicit "Trust this bundle". Cancel stops at once and
nothing is applied; the catalogue changes only in the last step, in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bundles import (
    BundleValidationError,
    Stage,
    UnknownSignerError,
    UnsignedBundleError,
)
from desktop.domain.errors import DaleelError
from desktop.storage.bundle_import import ImportResult
from desktop.storage.bundle_preview import Preview
from desktop.storage.bundle_reader import Trust
from desktop.storage.store import Store
from desktop.ui.formatting import isolated
from desktop.ui.i18n import percent_bar_format
from desktop.ui.import_worker import ImportController
from desktop.ui.panes.widgets import plain_label


def translate_error(error: BaseException) -> str:
    if isinstance(error, DaleelError):
        return error.message(QCoreApplication.translate)
    return QCoreApplication.translate("Errors", "Something went wrong.") + f" ({error})"


class ImportDialog(QDialog):
    """Imports one bundle file; emits `imported` with the result once it is applied."""

    imported = Signal(object)  # ImportResult
    whats_new_requested = Signal()

    def __init__(self, store: Store, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = path
        self.state = "checking"  # checking, consent, preview, applying, done, failed, cancelled
        self.controller = ImportController(store, path, self)
        self._preview: Preview | None = None
        self._applied = False
        self._build()
        self._connect()
        self.retranslate_ui()
        self.resize(560, 360)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="dialogHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.file_label = plain_label(self.path.name)
        self.stage_label = QLabel(objectName="importStage")
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 100)
        self.progress.setFormat(percent_bar_format())
        self.consent_box = QFrame(objectName="consentBox")
        consent_layout = QVBoxLayout(self.consent_box)
        self.consent_text = QLabel(wordWrap=True)
        self.trust_button = QPushButton(objectName="trustButton")
        consent_layout.addWidget(self.consent_text)
        consent_layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.message = QLabel(wordWrap=True, objectName="importMessage")
        self.problems = QPlainTextEdit(readOnly=True, objectName="importProblems")
        self.summary = QLabel(wordWrap=True, objectName="importSummary")
        self.touched_heading = QLabel(wordWrap=True)
        for label in (self.consent_text, self.message, self.summary):  # bundle text, never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.touched = QListWidget(objectName="touchedList")
        self.touched.setMinimumHeight(60)
        self.touched.setWordWrap(True)
        self.touched.setMaximumHeight(180)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.whats_new_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.whats_new_button.setObjectName("whatsNewButton")
        self.whats_new_button.hide()
        for widget in (self.heading, self.file_label, self.stage_label, self.progress):
            layout.addWidget(widget)
        for widget in (self.consent_box, self.message, self.problems, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.touched_heading)
        layout.addWidget(self.touched, 1)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self._show_only()

    def _connect(self) -> None:
        c = self.controller
        c.progressed.connect(self._on_controller_progressed)
        c.previewed.connect(self._on_controller_previewed)
        c.applied.connect(self._on_controller_applied)
        c.failed.connect(self._on_controller_failed)
        c.cancelled.connect(self._on_controller_cancelled)
        self.trust_button.clicked.connect(self._on_trust_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.whats_new_button.clicked.connect(self._on_whats_new_clicked)

    def start(self) -> None:
        self._set_state("checking")
        self.controller.start()

    # --- what the user does -----------------------------------------------------------------

    def _on_trust_clicked(self) -> None:
        self._set_state("checking")
        self.controller.start(allow_untrusted=True)

    def _on_import_clicked(self) -> None:
        if self.state == "preview":
            self._set_state("applying")
            self.controller.apply()

    def _on_whats_new_clicked(self) -> None:
        self.whats_new_requested.emit()
        self.accept()

    def _on_cancel_clicked(self) -> None:
        if self.state in ("checking", "applying", "preview", "consent"):
            self.controller.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.controller.busy:
            self.controller.cancel()  # the dialog closes once the worker has stopped
            return
        self.controller.close()
        super().reject()

    # --- what the worker reports -------------------------------------------------------------

    def _on_controller_progressed(self, stage: str, percent: int) -> None:
        self.stage_label.setText(self._stage_text(Stage(stage)))
        self.progress.setValue(percent)

    def _on_controller_previewed(self, preview: Preview) -> None:
        self._preview = preview
        self._set_state("preview")
        self.summary.setText(self._preview_text(preview))
        self.touched.clear()
        for item in preview.touched:
            change = self.tr("updated") if item.change == "updated" else self.tr("withdrawn")
            self.touched.addItem(f"{isolated(item.title)} — {change}")
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) to show the whole preview: wrapped labels need their height."""
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _on_controller_applied(self, result: ImportResult) -> None:
        self._applied = result.applied
        self._set_state("done")
        self.progress.setValue(100)
        self.message.setText(self._result_text(result))
        if result.applied:
            self.imported.emit(result)

    def _on_controller_failed(self, error: BaseException) -> None:
        if isinstance(error, UnsignedBundleError | UnknownSignerError):
            self.consent_text.setText(self._consent_text(error))
            self._set_state("consent")
            return
        self._set_state("failed")
        self.message.setText(translate_error(error))
        if isinstance(error, BundleValidationError):
            self.problems.setPlainText("\n".join(str(p) for p in error.problems))
            self.problems.show()

    def _on_controller_cancelled(self) -> None:
        self._set_state("cancelled")
        self.message.setText(self.tr("The import was cancelled. Nothing was changed."))

    # --- state and text -------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        running = state in ("checking", "applying")
        shown = {
            "checking": (self.stage_label, self.progress),
            "applying": (self.stage_label, self.progress),
            "consent": (self.consent_box,),
            "preview": (self.summary, self.touched_heading, self.touched),
            "done": (self.progress, self.message),
            "failed": (self.message,),
            "cancelled": (self.message,),
        }[state]
        self._show_only(*shown)
        previewed = self._preview
        if state == "preview" and previewed is not None and not previewed.touched:
            self.touched_heading.hide()
            self.touched.hide()
        if state == "checking":
            self.progress.setValue(0)
        self.import_button.setVisible(state == "preview")
        self.whats_new_button.setVisible(state == "done" and self._applied)
        self.import_button.setEnabled(
            state == "preview" and previewed is not None and not previewed.noop
        )
        self.retranslate_buttons(running)

    def _show_only(self, *widgets: QWidget) -> None:
        optional = (
            self.stage_label,
            self.progress,
            self.consent_box,
            self.message,
            self.problems,
            self.summary,
            self.touched_heading,
            self.touched,
        )
        for widget in optional:
            widget.setVisible(widget in widgets)

    def _consent_text(self, error: BaseException) -> str:
        if isinstance(error, UnknownSignerError):
            return self.tr(
                "This bundle is signed by a key that is not trusted here (fingerprint "
                "{fingerprint}). Continue only if you trust where it came from."
            ).format(fingerprint=error.params["fingerprint"])
        return self.tr(
            "This bundle is not signed, so where it comes from cannot be checked. Continue "
            "only if you trust where it came from."
        )

    def _stage_text(self, stage: Stage) -> str:
        return {
            Stage.SAFETY: self.tr("Checking the file…"),
            Stage.INTEGRITY: self.tr("Checking checksums and signature…"),
            Stage.VALIDATION: self.tr("Checking every record…"),
            Stage.PREVIEW: self.tr("Comparing with your catalogue…"),
            Stage.APPLY: self.tr("Applying the changes…"),
        }[stage]

    def _preview_text(self, preview: Preview) -> str:
        info, locale = preview.info, QLocale()
        lines = [
            self.tr("Version {version} of “{catalogue}”, from {publisher}").format(
                version=locale.toString(info.version),
                catalogue=isolated(info.title or info.catalogue_id),
                publisher=isolated(info.publisher),
            ),
            self._signature_text(preview),
            self.tr("Your catalogue has version {version}.").format(
                version=locale.toString(preview.current_version)
            ),
        ]
        if preview.noop:
            lines.append(self.tr("Nothing to do: your catalogue already has this content."))
            return "\n".join(lines)
        counts = preview.counts()
        lines.append(
            self.tr(
                "Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   "
                "Unchanged: {unchanged}"
            ).format(**{k: locale.toString(v) for k, v in counts.items()})
        )
        lines.append(
            self.tr("New attachments: {count} ({size})").format(
                count=locale.toString(preview.attachment_count),
                size=locale.formattedDataSize(preview.attachment_bytes),
            )
        )
        return "\n".join(lines)

    def _signature_text(self, preview: Preview) -> str:
        signature = preview.signature
        if signature.trust is Trust.TRUSTED:
            return self.tr("Signed by the trusted publisher key “{name}”.").format(
                name=isolated(signature.signer)
            )
        if signature.trust is Trust.UNKNOWN_SIGNER:
            return self.tr("Signed by a key you chose to trust once ({fingerprint}).").format(
                fingerprint=signature.fingerprint
            )
        return self.tr("Not signed: you chose to trust it.")

    def _result_text(self, result: ImportResult) -> str:
        if not result.applied:
            return self.tr("Nothing to do: your catalogue already has this content.")
        counts = {k: QLocale().toString(v) for k, v in result.counts.items()}
        return self.tr(
            "Imported version {version}: {added} added, {updated} updated, {withdrawn} "
            "withdrawn. The previous catalogue was saved and can be restored from "
            "Help ▸ Catalogue."
        ).format(version=QLocale().toString(result.preview.info.version), **counts)

    def retranslate_buttons(self, running: bool) -> None:
        self.import_button.setText(self.tr("Import"))
        self.whats_new_button.setText(self.tr("Show what's new"))
        finished = self.state in ("done", "failed", "cancelled")
        self.cancel_button.setText(
            self.tr("Close") if finished and not running else self.tr("Cancel")
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a catalogue bundle"))
        self.heading.setText(self.tr("Import a catalogue bundle"))
        self.trust_button.setText(self.tr("Trust this bundle and continue"))
        self.touched_heading.setText(
            self.tr("Resources you bookmarked or annotated that this bundle changes:")
        )
        self.retranslate_buttons(self.controller.busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
