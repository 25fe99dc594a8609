//! The wizard state as a Yew reducer, shared with every component through context.

use crate::wizard::{Action, WizardState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, PartialEq)]
pub struct Store(pub WizardState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().apply(action)))
    }
}

pub type StoreHandle = UseReducerHandle<Store>;

/// The store, from any component under the app.
#[hook]
pub fn use_store() -> StoreHandle {
    use_context::<StoreHandle>().expect("components are rendered inside App's ContextProvider")
}
