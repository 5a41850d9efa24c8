import { databaseContract } from '../../contract/database.contract'
import { bootPayload } from '../helpers/bootPayload'

databaseContract('SQLite (embedded default)', bootPayload)
