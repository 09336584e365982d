//! The installed package, driven by scripts/install-test.sh (the README's test command runs
//! it): Steady as apt installed it (`STEADY_BIN=/usr/bin/steady`) opens on home, a plan item
//! written by one version is read back by the next, from the data folder
//! `STEADY_INSTALL_DATA`. Ignored in an ordinary run: it needs the package installed.

use serde_json::json;
use steady_e2e::{run, Options};

const ITEM: &str = "Call Sam, then walk round the block twice.";

fn options() -> Options {
    let data =
        std::env::var_os("STEADY_INSTALL_DATA").expect("STEADY_INSTALL_DATA names the data folder");
    Options {
        data_dir: Some(data.into()),
        ..Options::default()
    }
}

#[tokio::test]
#[ignore = "run by scripts/install-test.sh, with the package installed"]
async fn the_installed_app_opens_on_home_and_keeps_a_plan_item() {
    let step = std::env::var("STEADY_INSTALL_STEP").unwrap_or_default();
    run(&format!("install_{step}"), options(), async |app| {
        app.wait_for_screen("home").await?;
        let info = app.invoke("app_info", json!({})).await?;
        println!("installed Steady {} opened on home", info["version"]);
        if step == "write" {
            app.invoke(
                "plan_add",
                json!({ "section": "on_my_own", "input": { "text": ITEM } }),
            )
            .await?;
        }
        // The item on the plan's screen, as a person would read it.
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        app.wait_for_text("#screen", ITEM).await?;
        app.screenshot(&format!("install-{step}")).await?;
        Ok(())
    })
    .await;
}
