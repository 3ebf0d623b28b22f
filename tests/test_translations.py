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


def test_a_marked_label_inside_a_message_is_translated_with_it():
    from aftersales_desktop import i18n
    from aftersales_desktop.domain.enums import Role
    from aftersales_desktop.domain.errors import PermissionDenied, user_message

    try:
        i18n.set_language("zh_CN")
        message = user_message(PermissionDenied("Your role ({role}) may not do this.", role=Role.TECHNICIAN.label))
        assert i18n.tr(Role.TECHNICIAN.label) in message and "Technician" not in message
        assert i18n.tr("{name}", name="Technician") == "Technician"  # plain text (user data) stays as it is
    finally:
        i18n.set_language("en")
