"""Every user-visible source string has a Simplified Chinese translation with the same parameters."""

from aftersales_desktop.i18n import load_ts, ts_path
from aftersales_desktop.translations import extract_messages, placeholders


def test_every_message_has_a_chinese_translation():
    catalogue = load_ts(ts_path("zh_CN"))
    missing = sorted(source for source in extract_messages() if source not in catalogue)
    assert not missing, "untranslated (run python -m aftersales_desktop.translations and translate):\n" + \
        "\n".join(missing[:40])


def test_translations_keep_the_parameters():
    catalogue = load_ts(ts_path("zh_CN"))
    wrong = [(s, t) for s, t in catalogue.items() if placeholders(s) != placeholders(t)]
    assert not wrong, wrong[:10]


def test_the_extractor_finds_enum_labels_and_service_messages():
    messages = extract_messages()
    assert "Urgent" in messages  # enums.py N_()
    assert "Enter the customer's name." in messages  # services/customers.py message via Collector
