use std::process::Command;

fn mitwirken() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mitwirken"));
    command
        .env_remove("MITWIRKEN_DATABASE_URL")
        .env("RUST_LOG", "error");
    command
}

#[test]
fn a_bad_configuration_value_names_its_key_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let output = mitwirken()
        .args(["migrate", "--data-dir"])
        .arg(dir.path())
        .env("MITWIRKEN_BIND", "not-an-address")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.to_lowercase().contains("bind"), "{stderr}");
    assert!(stderr.contains("MITWIRKEN_"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_bad_value_in_the_configuration_file_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mitwirken.toml");
    std::fs::write(&file, "log_format = \"loud\"\n").unwrap();
    let output = mitwirken()
        .arg("--config")
        .arg(&file)
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("log_format"), "{stderr}");
    assert!(stderr.contains("mitwirken.toml"), "{stderr}");
}

#[test]
fn an_unreachable_database_is_reported_without_a_panic() {
    let output = mitwirken()
        .args([
            "migrate",
            "--database-url",
            "postgres://nobody:secret@127.0.0.1:1/none",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot connect to the database"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret"), "password leaked: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn migrate_and_demo_create_the_database_and_load_once() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let status = mitwirken()
            .arg("demo")
            .arg("--data-dir")
            .arg(dir.path())
            .status()
            .unwrap();
        assert!(status.success());
    }
    assert!(dir.path().join("mitwirken.db").exists());
}
