from streams.settings import Settings


def test_env_prefix_and_topic_names(monkeypatch):
    monkeypatch.setenv("GEOEVENTS_TOPIC_WARNING", "alerts.warning")
    monkeypatch.setenv("GEOEVENTS_PARTITIONS", "12")
    s = Settings(_env_file=None)
    assert s.event_topics()["warning"] == "alerts.warning"
    assert s.partitions == 12
    assert s.broker_url is None and s.resolved_broker_url() == "kafka://localhost:9092"


def test_bootstrap_servers_from_url():
    s = Settings(broker_url="kafka://k1:9092;kafka://k2:9093", _env_file=None)
    assert s.bootstrap_servers() == "k1:9092,k2:9093"


def test_topic_suffix_applies_to_outputs_only():
    s = Settings(topic_suffix=".v2", _env_file=None)
    assert s.topic_articles == "articles"
    assert all(t.endswith(".v2") for t in s.all_topics()[1:])


def test_security_is_wired_to_both_clients():
    s = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="u",
                 sasl_password="p", _env_file=None)
    conf = s.confluent_config()
    assert conf["security.protocol"] == "SASL_SSL" and conf["sasl.mechanism"] == "SCRAM-SHA-512"
    assert conf["sasl.username"] == "u" and conf["sasl.password"] == "p"
    creds = s.faust_credentials()
    assert creds.username == "u" and creds.mechanism.value == "SCRAM-SHA-512"
    assert creds.protocol.value == "SASL_SSL"
    assert Settings(_env_file=None).faust_credentials() is None


def test_embedded_timings_and_env_round_trip():
    s = Settings(_env_file=None).for_embedded_broker("kafka://127.0.0.1:1234")
    assert (s.broker_session_timeout, s.broker_heartbeat_interval, s.broker_rebalance_timeout) == (2.0, 0.5, 2.0)
    assert Settings(_env_file=None).broker_session_timeout == 45.0  # production stays Kafka's
    env = s.to_env()
    assert env["GEOEVENTS_BROKER_URL"] == "kafka://127.0.0.1:1234"
    assert env["GEOEVENTS_BROKER_SESSION_TIMEOUT"] == "2.0"
